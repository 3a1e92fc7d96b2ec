-- AlterTable
ALTER TABLE "ResponseRevision" ADD COLUMN     "saveId" TEXT;

-- CreateTable
CREATE TABLE "FormRevision" (
    "id" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "actorId" TEXT,
    "saveId" TEXT,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FormRevision_form_recordId_saveId_idx" ON "FormRevision"("form", "recordId", "saveId");

-- CreateIndex
CREATE INDEX "FormRevision_countryId_at_idx" ON "FormRevision"("countryId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "FormRevision_form_recordId_version_key" ON "FormRevision"("form", "recordId", "version");

-- CreateIndex
CREATE INDEX "ResponseRevision_responseId_saveId_idx" ON "ResponseRevision"("responseId", "saveId");

-- The other forms' revisions are append-only like "ResponseRevision" (hand-written, rules
-- for the same reason as there: the migration runner splits a function body at semicolons).
CREATE RULE "FormRevision_no_update" AS ON UPDATE TO "FormRevision"
    DO INSTEAD SELECT CAST('FormRevision is append-only: ' || OLD."id" AS integer);

CREATE RULE "FormRevision_no_delete" AS ON DELETE TO "FormRevision"
    DO INSTEAD SELECT CAST('FormRevision is append-only: ' || OLD."id" AS integer);
