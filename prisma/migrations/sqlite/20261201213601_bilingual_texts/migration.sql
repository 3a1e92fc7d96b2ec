-- CreateTable
CREATE TABLE "RoadmapVersionLanguage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roadmapVersionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "texts" JSONB NOT NULL,
    "textsHash" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoadmapVersionLanguage_roadmapVersionId_fkey" FOREIGN KEY ("roadmapVersionId") REFERENCES "RoadmapVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TextTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countryId" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TextTranslation_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Roadmap" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "assessmentId" TEXT,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "sensitivity" TEXT NOT NULL DEFAULT 'RESTRICTED',
    "language" TEXT NOT NULL DEFAULT 'fr',
    "publishedIn" TEXT NOT NULL DEFAULT 'fr',
    "executiveSummary" TEXT NOT NULL DEFAULT '',
    "context" TEXT NOT NULL DEFAULT '',
    "methodology" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Roadmap_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Roadmap_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Roadmap" ("assessmentId", "context", "countryId", "createdAt", "executiveSummary", "id", "language", "methodology", "sensitivity", "slug", "status", "title", "updatedAt", "version") SELECT "assessmentId", "context", "countryId", "createdAt", "executiveSummary", "id", "language", "methodology", "sensitivity", "slug", "status", "title", "updatedAt", "version" FROM "Roadmap";
DROP TABLE "Roadmap";
ALTER TABLE "new_Roadmap" RENAME TO "Roadmap";
CREATE UNIQUE INDEX "Roadmap_slug_key" ON "Roadmap"("slug");
CREATE INDEX "Roadmap_countryId_idx" ON "Roadmap"("countryId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapVersionLanguage_roadmapVersionId_language_key" ON "RoadmapVersionLanguage"("roadmapVersionId", "language");

-- CreateIndex
CREATE INDEX "TextTranslation_countryId_idx" ON "TextTranslation"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "TextTranslation_targetType_targetId_field_language_key" ON "TextTranslation"("targetType", "targetId", "field", "language");

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
