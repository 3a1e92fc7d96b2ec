-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "authorLabel" TEXT;

-- AlterTable
ALTER TABLE "Roadmap" ADD COLUMN     "provenance" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "RoadmapVersion" ADD COLUMN     "decidedByLabel" TEXT,
ADD COLUMN     "submittedByLabel" TEXT;

-- CreateTable
CREATE TABLE "InstallationKey" (
    "id" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "privateKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstallationKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerInstallation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "PeerInstallation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PeerInstallation_keyId_idx" ON "PeerInstallation"("keyId");
