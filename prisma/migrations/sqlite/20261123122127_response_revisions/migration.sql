-- CreateTable
CREATE TABLE "ResponseRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "responseId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "actorId" TEXT,
    "auditEventId" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ResponseRevision_auditEventId_idx" ON "ResponseRevision"("auditEventId");

-- CreateIndex
CREATE INDEX "ResponseRevision_countryId_at_idx" ON "ResponseRevision"("countryId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ResponseRevision_responseId_version_key" ON "ResponseRevision"("responseId", "version");

-- Revisions are the answers' history, append-only like the audit trail: the database refuses
-- to change or delete one whatever the application does. (Hand-written: Prisma's schema does
-- not describe triggers.)
CREATE TRIGGER "ResponseRevision_no_update" BEFORE UPDATE ON "ResponseRevision"
BEGIN
    SELECT RAISE(ABORT, 'ResponseRevision is append-only');
END;

CREATE TRIGGER "ResponseRevision_no_delete" BEFORE DELETE ON "ResponseRevision"
BEGIN
    SELECT RAISE(ABORT, 'ResponseRevision is append-only');
END;
