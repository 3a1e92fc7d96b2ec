-- CreateTable
CREATE TABLE "PdfPartCache" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cacheKey" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "size" INTEGER NOT NULL,
    "renderMs" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "PdfPartCache_cacheKey_key" ON "PdfPartCache"("cacheKey");

-- CreateIndex
CREATE INDEX "PdfPartCache_lastUsedAt_idx" ON "PdfPartCache"("lastUsedAt");
