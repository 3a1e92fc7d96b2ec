-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "authorLabel" TEXT;

-- AlterTable
ALTER TABLE "RoadmapVersion" ADD COLUMN "decidedByLabel" TEXT;
ALTER TABLE "RoadmapVersion" ADD COLUMN "submittedByLabel" TEXT;

-- CreateTable
CREATE TABLE "InstallationKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "keyId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "privateKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PeerInstallation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "revokedAt" DATETIME,
    "revokedById" TEXT
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
    "provenance" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Roadmap_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Roadmap_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Roadmap" ("assessmentId", "context", "countryId", "createdAt", "executiveSummary", "id", "language", "methodology", "publishedIn", "sensitivity", "slug", "status", "title", "updatedAt", "version") SELECT "assessmentId", "context", "countryId", "createdAt", "executiveSummary", "id", "language", "methodology", "publishedIn", "sensitivity", "slug", "status", "title", "updatedAt", "version" FROM "Roadmap";
DROP TABLE "Roadmap";
ALTER TABLE "new_Roadmap" RENAME TO "Roadmap";
CREATE UNIQUE INDEX "Roadmap_slug_key" ON "Roadmap"("slug");
CREATE INDEX "Roadmap_countryId_idx" ON "Roadmap"("countryId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PeerInstallation_keyId_idx" ON "PeerInstallation"("keyId");
