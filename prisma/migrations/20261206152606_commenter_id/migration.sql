-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "commenterId" TEXT;

-- CreateIndex
CREATE INDEX "Comment_commenterId_articleId_status_idx" ON "Comment"("commenterId", "articleId", "status");
