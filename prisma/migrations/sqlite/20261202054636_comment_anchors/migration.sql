-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "field" TEXT;
ALTER TABLE "Comment" ADD COLUMN "quote" TEXT;
ALTER TABLE "Comment" ADD COLUMN "quotePrefix" TEXT;
ALTER TABLE "Comment" ADD COLUMN "quoteStart" INTEGER;
ALTER TABLE "Comment" ADD COLUMN "quoteSuffix" TEXT;
