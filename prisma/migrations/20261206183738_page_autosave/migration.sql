-- CreateTable
CREATE TABLE "PageAutosave" (
    "pageId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "values" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("pageId", "userId"),
    CONSTRAINT "PageAutosave_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PageAutosave_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
