-- CreateEnum
CREATE TYPE "FrenchArticle" AS ENUM ('LE', 'LA', 'ELIDED', 'LES');

-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "articleFr" "FrenchArticle";

-- Registers typed before this column: the article follows the first word of the French name
-- (a person corrects the rare exception in the register). Plural names first, then names that
-- start with a vowel (l’), then feminine and masculine first words.
UPDATE "Entity" SET "articleFr" = 'LES' WHERE "articleFr" IS NULL AND ("nameFr" LIKE 'Forces %' OR "nameFr" LIKE 'Services %' OR "nameFr" LIKE 'Archives %' OR "nameFr" LIKE 'Douanes %' OR "nameFr" LIKE 'Eaux %' OR "nameFr" LIKE 'Armées %');
UPDATE "Entity" SET "articleFr" = 'ELIDED' WHERE "articleFr" IS NULL AND ("nameFr" LIKE 'A%' OR "nameFr" LIKE 'E%' OR "nameFr" LIKE 'É%' OR "nameFr" LIKE 'I%' OR "nameFr" LIKE 'O%' OR "nameFr" LIKE 'U%');
UPDATE "Entity" SET "articleFr" = 'LA' WHERE "articleFr" IS NULL AND ("nameFr" LIKE 'Direction %' OR "nameFr" LIKE 'Cellule %' OR "nameFr" LIKE 'Cour %' OR "nameFr" LIKE 'Commission %' OR "nameFr" LIKE 'Mairie %' OR "nameFr" LIKE 'Société %' OR "nameFr" LIKE 'Police %' OR "nameFr" LIKE 'Gendarmerie %' OR "nameFr" LIKE 'Garde %' OR "nameFr" LIKE 'Présidence %' OR "nameFr" LIKE 'Primature%' OR "nameFr" LIKE 'Délégation %' OR "nameFr" LIKE 'Brigade %' OR "nameFr" LIKE 'Haute %' OR "nameFr" LIKE 'Caisse %' OR "nameFr" LIKE 'Banque %' OR "nameFr" LIKE 'Chambre %' OR "nameFr" LIKE 'Préfecture %' OR "nameFr" LIKE 'Compagnie %' OR "nameFr" LIKE 'Coordination %' OR "nameFr" LIKE 'Division %');
UPDATE "Entity" SET "articleFr" = 'LE' WHERE "articleFr" IS NULL AND ("nameFr" LIKE 'Ministère %' OR "nameFr" LIKE 'Port %' OR "nameFr" LIKE 'Comité %' OR "nameFr" LIKE 'Groupement %' OR "nameFr" LIKE 'Conseil %' OR "nameFr" LIKE 'Centre %' OR "nameFr" LIKE 'Secrétariat %' OR "nameFr" LIKE 'Service %' OR "nameFr" LIKE 'Bureau %' OR "nameFr" LIKE 'Haut %' OR "nameFr" LIKE 'Tribunal %' OR "nameFr" LIKE 'Parquet %' OR "nameFr" LIKE 'Commandement %' OR "nameFr" LIKE 'Fonds %' OR "nameFr" LIKE 'Programme %' OR "nameFr" LIKE 'Cabinet %');
