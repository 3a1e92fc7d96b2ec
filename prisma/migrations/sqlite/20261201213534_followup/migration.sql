-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roadmapId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "rhythm" TEXT NOT NULL DEFAULT 'QUARTERLY',
    "firstPeriod" TEXT NOT NULL,
    "dueDay" INTEGER NOT NULL DEFAULT 15,
    "versionNumber" INTEGER NOT NULL,
    "openedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FollowUp_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FollowUpPeriod" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "followUpId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "endMonth" INTEGER NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "closedAt" DATETIME,
    "closedById" TEXT,
    CONSTRAINT "FollowUpPeriod_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrackedAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "followUpId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "objectiveKey" TEXT NOT NULL,
    "objectiveTitle" TEXT NOT NULL DEFAULT '',
    "objectiveOrder" INTEGER NOT NULL DEFAULT 0,
    "leadEntityId" TEXT,
    "supportingEntityIds" JSONB NOT NULL,
    "startMonth" INTEGER,
    "endMonth" INTEGER,
    "costAmount" DECIMAL,
    "currency" TEXT,
    "fundingSource" TEXT,
    "indicators" JSONB NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "removedAt" DATETIME,
    "removedInVersion" INTEGER,
    CONSTRAINT "TrackedAction_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrackedAction_leadEntityId_fkey" FOREIGN KEY ("leadEntityId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrackedParagraph" (
    "trackedActionId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "instrumentCode" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,

    PRIMARY KEY ("trackedActionId", "paragraphId"),
    CONSTRAINT "TrackedParagraph_trackedActionId_fkey" FOREIGN KEY ("trackedActionId") REFERENCES "TrackedAction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "followUpId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "periodSeq" INTEGER NOT NULL,
    "trackedActionId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "entityId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "percent" INTEGER,
    "spent" DECIMAL,
    "indicatorValues" JSONB NOT NULL,
    "done" TEXT NOT NULL DEFAULT '',
    "blockers" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "review" TEXT NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" DATETIME,
    "submittedById" TEXT,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "reviewNote" TEXT,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProgressUpdate_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressUpdate_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FollowUpPeriod" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressUpdate_trackedActionId_fkey" FOREIGN KEY ("trackedActionId") REFERENCES "TrackedAction" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressUpdate_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "updateId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "entityId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "content" JSONB,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgressStep_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressAttachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "updateId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "uploadedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgressAttachment_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FollowUpReminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "periodId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FollowUpReminder_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FollowUpPeriod" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_roadmapId_key" ON "FollowUp"("roadmapId");

-- CreateIndex
CREATE INDEX "FollowUp_countryId_idx" ON "FollowUp"("countryId");

-- CreateIndex
CREATE INDEX "FollowUpPeriod_countryId_idx" ON "FollowUpPeriod"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpPeriod_followUpId_key_key" ON "FollowUpPeriod"("followUpId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpPeriod_followUpId_seq_key" ON "FollowUpPeriod"("followUpId", "seq");

-- CreateIndex
CREATE INDEX "TrackedAction_countryId_idx" ON "TrackedAction"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "TrackedAction_followUpId_actionId_key" ON "TrackedAction"("followUpId", "actionId");

-- CreateIndex
CREATE INDEX "TrackedParagraph_countryId_idx" ON "TrackedParagraph"("countryId");

-- CreateIndex
CREATE INDEX "ProgressUpdate_followUpId_periodSeq_idx" ON "ProgressUpdate"("followUpId", "periodSeq");

-- CreateIndex
CREATE INDEX "ProgressUpdate_trackedActionId_periodSeq_idx" ON "ProgressUpdate"("trackedActionId", "periodSeq");

-- CreateIndex
CREATE INDEX "ProgressUpdate_countryId_idx" ON "ProgressUpdate"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressUpdate_periodId_trackedActionId_key" ON "ProgressUpdate"("periodId", "trackedActionId");

-- CreateIndex
CREATE INDEX "ProgressStep_updateId_at_idx" ON "ProgressStep"("updateId", "at");

-- CreateIndex
CREATE INDEX "ProgressStep_countryId_idx" ON "ProgressStep"("countryId");

-- CreateIndex
CREATE INDEX "ProgressAttachment_updateId_idx" ON "ProgressAttachment"("updateId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpReminder_periodId_entityId_kind_key" ON "FollowUpReminder"("periodId", "entityId", "kind");
