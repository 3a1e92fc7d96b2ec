-- CreateEnum
CREATE TYPE "ReportingRhythm" AS ENUM ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY');

-- CreateEnum
CREATE TYPE "ProgressStatus" AS ENUM ('NOT_STARTED', 'ON_TRACK', 'DELAYED', 'BLOCKED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ProgressStepKind" AS ENUM ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'COMMENTED');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('WEEK_BEFORE', 'DUE_DAY');

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "roadmapId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "rhythm" "ReportingRhythm" NOT NULL DEFAULT 'QUARTERLY',
    "firstPeriod" TEXT NOT NULL,
    "dueDay" INTEGER NOT NULL DEFAULT 15,
    "versionNumber" INTEGER NOT NULL,
    "openedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpPeriod" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "endMonth" INTEGER NOT NULL,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,

    CONSTRAINT "FollowUpPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackedAction" (
    "id" TEXT NOT NULL,
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
    "costAmount" DECIMAL(65,30),
    "currency" TEXT,
    "fundingSource" "FundingSource",
    "indicators" JSONB NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "removedAt" TIMESTAMP(3),
    "removedInVersion" INTEGER,

    CONSTRAINT "TrackedAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackedParagraph" (
    "trackedActionId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "instrumentCode" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,

    CONSTRAINT "TrackedParagraph_pkey" PRIMARY KEY ("trackedActionId","paragraphId")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" TEXT NOT NULL,
    "followUpId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "periodSeq" INTEGER NOT NULL,
    "trackedActionId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "entityId" TEXT,
    "status" "ProgressStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "percent" INTEGER,
    "spent" DECIMAL(65,30),
    "indicatorValues" JSONB NOT NULL,
    "done" TEXT NOT NULL DEFAULT '',
    "blockers" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "review" "ReviewState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewNote" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressStep" (
    "id" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "kind" "ProgressStepKind" NOT NULL,
    "actorId" TEXT,
    "entityId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "content" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressAttachment" (
    "id" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpReminder" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpReminder_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpPeriod" ADD CONSTRAINT "FollowUpPeriod_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedAction" ADD CONSTRAINT "TrackedAction_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedAction" ADD CONSTRAINT "TrackedAction_leadEntityId_fkey" FOREIGN KEY ("leadEntityId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedParagraph" ADD CONSTRAINT "TrackedParagraph_trackedActionId_fkey" FOREIGN KEY ("trackedActionId") REFERENCES "TrackedAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FollowUpPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_trackedActionId_fkey" FOREIGN KEY ("trackedActionId") REFERENCES "TrackedAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressStep" ADD CONSTRAINT "ProgressStep_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressAttachment" ADD CONSTRAINT "ProgressAttachment_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpReminder" ADD CONSTRAINT "FollowUpReminder_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FollowUpPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;
