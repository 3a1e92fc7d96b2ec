-- AlterTable
ALTER TABLE "FrameworkVersion" ADD COLUMN "previous" TEXT;

-- AlterTable
ALTER TABLE "InstrumentParagraph" ADD COLUMN "numberSource" TEXT;
ALTER TABLE "InstrumentParagraph" ADD COLUMN "numberStatus" TEXT;
ALTER TABLE "InstrumentParagraph" ADD COLUMN "subjectEn" TEXT;
ALTER TABLE "InstrumentParagraph" ADD COLUMN "subjectFr" TEXT;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN "carryFrom" JSONB;
