-- AlterTable
ALTER TABLE "ResponseRevision" ADD COLUMN "saveId" TEXT;

-- CreateTable
CREATE TABLE "FormRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "form" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "actorId" TEXT,
    "saveId" TEXT,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "FormRevision_form_recordId_saveId_idx" ON "FormRevision"("form", "recordId", "saveId");

-- CreateIndex
CREATE INDEX "FormRevision_countryId_at_idx" ON "FormRevision"("countryId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "FormRevision_form_recordId_version_key" ON "FormRevision"("form", "recordId", "version");

-- CreateIndex
CREATE INDEX "ResponseRevision_responseId_saveId_idx" ON "ResponseRevision"("responseId", "saveId");

-- The other forms' revisions are append-only like "ResponseRevision" (hand-written: Prisma's
-- schema does not describe triggers).
CREATE TRIGGER "FormRevision_no_update" BEFORE UPDATE ON "FormRevision"
BEGIN
    SELECT RAISE(ABORT, 'FormRevision is append-only');
END;

CREATE TRIGGER "FormRevision_no_delete" BEFORE DELETE ON "FormRevision"
BEGIN
    SELECT RAISE(ABORT, 'FormRevision is append-only');
END;
