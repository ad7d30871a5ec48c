-- CreateTable
CREATE TABLE "ArticleViews" (
    "articleId" INTEGER NOT NULL,
    "hour" DATETIME NOT NULL,
    "views" INTEGER NOT NULL,

    PRIMARY KEY ("articleId", "hour"),
    CONSTRAINT "ArticleViews_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Page" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "wpId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- AlterTable (columns with constant defaults: no table copy needed)
ALTER TABLE "Article" ADD COLUMN "pinned" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Article" ADD COLUMN "breakingUntil" DATETIME;
ALTER TABLE "Article" ADD COLUMN "commentsOpen" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "Article_pinned_status_publishedAt_idx" ON "Article"("pinned", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_breakingUntil_idx" ON "Article"("breakingUntil");

-- CreateIndex
CREATE INDEX "ArticleViews_hour_idx" ON "ArticleViews"("hour");

-- CreateIndex
CREATE UNIQUE INDEX "Page_slug_key" ON "Page"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Page_wpId_key" ON "Page"("wpId");

-- CreateIndex
CREATE INDEX "Page_published_position_idx" ON "Page"("published", "position");
