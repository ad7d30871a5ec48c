-- CreateTable
CREATE TABLE "PageAutosave" (
    "pageId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "values" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PageAutosave_pkey" PRIMARY KEY ("pageId","userId")
);

-- AddForeignKey
ALTER TABLE "PageAutosave" ADD CONSTRAINT "PageAutosave_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageAutosave" ADD CONSTRAINT "PageAutosave_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
