-- AlterTable
ALTER TABLE "TwoFactor" ADD COLUMN     "failedVerificationCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lockedUntil" TIMESTAMP(3),
ADD COLUMN     "verified" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "TwoFactor_secret_idx" ON "TwoFactor"("secret");

-- The audit trail is append-only: the database refuses to change or delete an event,
-- whatever the application does. (Hand-written: Prisma's schema does not describe rules.)
-- Rules rather than a PL/pgSQL trigger: the driver adapter that applies migrations splits
-- scripts at every semicolon, which a function body cannot survive. The failing cast makes
-- the statement fail with the message below instead of doing nothing.
CREATE RULE "AuditEvent_no_update" AS ON UPDATE TO "AuditEvent"
    DO INSTEAD SELECT CAST('AuditEvent is append-only: ' || OLD."id" AS integer);

CREATE RULE "AuditEvent_no_delete" AS ON DELETE TO "AuditEvent"
    DO INSTEAD SELECT CAST('AuditEvent is append-only: ' || OLD."id" AS integer);
