-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "breakingUntil" TIMESTAMP(3),
ADD COLUMN     "commentsOpen" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "pinned" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ArticleViews" (
    "articleId" INTEGER NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "views" INTEGER NOT NULL,

    CONSTRAINT "ArticleViews_pkey" PRIMARY KEY ("articleId","hour")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "wpId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleViews_hour_idx" ON "ArticleViews"("hour");

-- CreateIndex
CREATE UNIQUE INDEX "Page_slug_key" ON "Page"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Page_wpId_key" ON "Page"("wpId");

-- CreateIndex
CREATE INDEX "Page_published_position_idx" ON "Page"("published", "position");

-- CreateIndex
CREATE INDEX "Article_pinned_status_publishedAt_idx" ON "Article"("pinned", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_breakingUntil_idx" ON "Article"("breakingUntil");

-- AddForeignKey
ALTER TABLE "ArticleViews" ADD CONSTRAINT "ArticleViews_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
