-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "wpSlug" TEXT;

-- CreateIndex
CREATE INDEX "Article_wpSlug_idx" ON "Article"("wpSlug");

-- Posts imported before this column kept their WordPress name as the slug,
-- except those stored as <name>-2 (a re-import sets theirs right).
UPDATE "Article" SET "wpSlug" = "slug" WHERE "wpId" IS NOT NULL;
