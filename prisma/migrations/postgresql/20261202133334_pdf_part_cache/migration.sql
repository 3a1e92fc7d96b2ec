-- CreateTable
CREATE TABLE "PdfPartCache" (
    "id" TEXT NOT NULL,
    "cacheKey" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "renderMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PdfPartCache_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PdfPartCache_cacheKey_key" ON "PdfPartCache"("cacheKey");

-- CreateIndex
CREATE INDEX "PdfPartCache_lastUsedAt_idx" ON "PdfPartCache"("lastUsedAt");
