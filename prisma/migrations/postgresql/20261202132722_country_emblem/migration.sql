-- CreateEnum
CREATE TYPE "EmblemSource" AS ENUM ('PNG', 'SVG');

-- CreateTable
CREATE TABLE "CountryEmblem" (
    "countryId" TEXT NOT NULL,
    "png" BYTEA NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "sourceType" "EmblemSource" NOT NULL,
    "sha256" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountryEmblem_pkey" PRIMARY KEY ("countryId")
);

-- AddForeignKey
ALTER TABLE "CountryEmblem" ADD CONSTRAINT "CountryEmblem_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;
