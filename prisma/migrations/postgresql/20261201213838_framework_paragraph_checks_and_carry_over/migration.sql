-- AlterTable
ALTER TABLE "FrameworkVersion" ADD COLUMN     "previous" TEXT;

-- AlterTable
ALTER TABLE "InstrumentParagraph" ADD COLUMN     "numberSource" TEXT,
ADD COLUMN     "numberStatus" TEXT,
ADD COLUMN     "subjectEn" TEXT,
ADD COLUMN     "subjectFr" TEXT;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "carryFrom" JSONB;
