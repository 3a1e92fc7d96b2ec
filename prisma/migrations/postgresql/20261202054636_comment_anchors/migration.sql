-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "field" TEXT,
ADD COLUMN     "quote" TEXT,
ADD COLUMN     "quotePrefix" TEXT,
ADD COLUMN     "quoteStart" INTEGER,
ADD COLUMN     "quoteSuffix" TEXT;
