-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;
