-- CreateEnum
CREATE TYPE "TranslationState" AS ENUM ('DRAFT', 'REVIEWED');

-- AlterTable
ALTER TABLE "Roadmap" ADD COLUMN     "publishedIn" TEXT NOT NULL DEFAULT 'fr';

-- CreateTable
CREATE TABLE "RoadmapVersionLanguage" (
    "id" TEXT NOT NULL,
    "roadmapVersionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "texts" JSONB NOT NULL,
    "textsHash" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoadmapVersionLanguage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TextTranslation" (
    "id" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "state" "TranslationState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TextTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapVersionLanguage_roadmapVersionId_language_key" ON "RoadmapVersionLanguage"("roadmapVersionId", "language");

-- CreateIndex
CREATE INDEX "TextTranslation_countryId_idx" ON "TextTranslation"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "TextTranslation_targetType_targetId_field_language_key" ON "TextTranslation"("targetType", "targetId", "field", "language");

-- AddForeignKey
ALTER TABLE "RoadmapVersionLanguage" ADD CONSTRAINT "RoadmapVersionLanguage_roadmapVersionId_fkey" FOREIGN KEY ("roadmapVersionId") REFERENCES "RoadmapVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextTranslation" ADD CONSTRAINT "TextTranslation_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing data (docs/decisions/011): a roadmap is published in its original language, and an
-- action drafted from a suggested action of the framework, and unchanged since, takes the
-- suggested action's other language as a draft translation.
UPDATE "Roadmap" SET "publishedIn" = "language";
INSERT INTO "TextTranslation" ("id", "countryId", "targetType", "targetId", "field", "language", "text", "sourceText", "state", "version", "createdAt", "updatedAt")
SELECT 'm' || a."id" || 'title', r."countryId", 'Action', a."id", 'title', CASE WHEN r."language" = 'en' THEN 'fr' ELSE 'en' END,
       CASE WHEN r."language" = 'en' THEN s."titleFr" ELSE s."titleEn" END, a."title", 'DRAFT', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "Action" a JOIN "Roadmap" r ON r."id" = a."roadmapId" JOIN "SuggestedAction" s ON s."id" = a."suggestedActionId"
WHERE a."title" = CASE WHEN r."language" = 'en' THEN s."titleEn" ELSE s."titleFr" END;
INSERT INTO "TextTranslation" ("id", "countryId", "targetType", "targetId", "field", "language", "text", "sourceText", "state", "version", "createdAt", "updatedAt")
SELECT 'm' || a."id" || 'description', r."countryId", 'Action', a."id", 'description', CASE WHEN r."language" = 'en' THEN 'fr' ELSE 'en' END,
       CASE WHEN r."language" = 'en' THEN s."descriptionFr" ELSE s."descriptionEn" END, a."description", 'DRAFT', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "Action" a JOIN "Roadmap" r ON r."id" = a."roadmapId" JOIN "SuggestedAction" s ON s."id" = a."suggestedActionId"
WHERE a."description" <> '' AND a."description" = CASE WHEN r."language" = 'en' THEN s."descriptionEn" ELSE s."descriptionFr" END;
