-- CreateTable
CREATE TABLE "ResponseRevision" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "actorId" TEXT,
    "auditEventId" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponseRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResponseRevision_auditEventId_idx" ON "ResponseRevision"("auditEventId");

-- CreateIndex
CREATE INDEX "ResponseRevision_countryId_at_idx" ON "ResponseRevision"("countryId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ResponseRevision_responseId_version_key" ON "ResponseRevision"("responseId", "version");

-- Revisions are the answers' history, append-only like the audit trail (hand-written, as for
-- "AuditEvent": rules rather than a trigger function, whose body the migration runner would
-- split at its semicolons. The failing cast makes the statement fail instead of doing nothing.)
CREATE RULE "ResponseRevision_no_update" AS ON UPDATE TO "ResponseRevision"
    DO INSTEAD SELECT CAST('ResponseRevision is append-only: ' || OLD."id" AS integer);

CREATE RULE "ResponseRevision_no_delete" AS ON DELETE TO "ResponseRevision"
    DO INSTEAD SELECT CAST('ResponseRevision is append-only: ' || OLD."id" AS integer);
