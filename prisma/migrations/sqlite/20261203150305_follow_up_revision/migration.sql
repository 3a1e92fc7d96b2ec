-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FollowUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roadmapId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "rhythm" TEXT NOT NULL DEFAULT 'QUARTERLY',
    "firstPeriod" TEXT NOT NULL,
    "dueDay" INTEGER NOT NULL DEFAULT 15,
    "versionNumber" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "openedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FollowUp_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_FollowUp" ("countryId", "createdAt", "dueDay", "firstPeriod", "id", "openedById", "rhythm", "roadmapId", "updatedAt", "versionNumber") SELECT "countryId", "createdAt", "dueDay", "firstPeriod", "id", "openedById", "rhythm", "roadmapId", "updatedAt", "versionNumber" FROM "FollowUp";
DROP TABLE "FollowUp";
ALTER TABLE "new_FollowUp" RENAME TO "FollowUp";
CREATE UNIQUE INDEX "FollowUp_roadmapId_key" ON "FollowUp"("roadmapId");
CREATE INDEX "FollowUp_countryId_idx" ON "FollowUp"("countryId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
