-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "previousId" TEXT;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "carried" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_previousId_key" ON "Assessment"("previousId");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
