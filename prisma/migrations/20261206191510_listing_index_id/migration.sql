-- DropIndex
DROP INDEX "Article_authorId_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Article_categoryId_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Article_categoryId_status_publishedAt_id_idx" ON "Article"("categoryId", "status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_authorId_status_publishedAt_id_idx" ON "Article"("authorId", "status", "publishedAt", "id");
