-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countryId" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PREPARATION',
    "place" TEXT,
    "startsOn" DATETIME,
    "endsOn" DATETIME,
    "organisers" JSONB NOT NULL,
    "officialsCount" INTEGER,
    "coordinatingEntityId" TEXT,
    "createdById" TEXT,
    "previousId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assessment_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assessment_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_coordinatingEntityId_fkey" FOREIGN KEY ("coordinatingEntityId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assessment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assessment_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Assessment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Assessment" ("coordinatingEntityId", "countryId", "createdAt", "createdById", "endsOn", "frameworkVersionId", "id", "officialsCount", "organisers", "place", "startsOn", "status", "title", "updatedAt") SELECT "coordinatingEntityId", "countryId", "createdAt", "createdById", "endsOn", "frameworkVersionId", "id", "officialsCount", "organisers", "place", "startsOn", "status", "title", "updatedAt" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE UNIQUE INDEX "Assessment_previousId_key" ON "Assessment"("previousId");
CREATE INDEX "Assessment_countryId_idx" ON "Assessment"("countryId");
CREATE TABLE "new_Response" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "state" TEXT,
    "maturity" INTEGER,
    "achievements" TEXT NOT NULL DEFAULT '',
    "gaps" TEXT NOT NULL DEFAULT '',
    "needs" TEXT NOT NULL DEFAULT '',
    "assistanceNeeded" TEXT NOT NULL DEFAULT '',
    "priority" TEXT,
    "evidence" TEXT NOT NULL DEFAULT '',
    "carried" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Response_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Response_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Response_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Response_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Response" ("achievements", "assessmentId", "assistanceNeeded", "createdAt", "entityId", "evidence", "gaps", "id", "maturity", "needs", "priority", "questionId", "state", "updatedAt", "updatedById", "version") SELECT "achievements", "assessmentId", "assistanceNeeded", "createdAt", "entityId", "evidence", "gaps", "id", "maturity", "needs", "priority", "questionId", "state", "updatedAt", "updatedById", "version" FROM "Response";
DROP TABLE "Response";
ALTER TABLE "new_Response" RENAME TO "Response";
CREATE INDEX "Response_assessmentId_questionId_idx" ON "Response"("assessmentId", "questionId");
CREATE UNIQUE INDEX "Response_assessmentId_entityId_questionId_key" ON "Response"("assessmentId", "entityId", "questionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
