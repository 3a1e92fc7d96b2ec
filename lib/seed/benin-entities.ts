// The demo country's register of ministries and agencies (illustrative data).
// Names follow ../shared/domain/benin.md (state in 2024), in French typographic style
// (capital on the first noun only). The 22 entities of the Cotonou consultation were not
// published by name: `consulted` marks a plausible set of 22, which the UI never claims
// to be the real list.
import type { EntityKind, FrenchArticle } from '../db/generated/sqlite/enums';

export type SeedEntity = {
  code: string;
  acronym: string | null;
  nameFr: string;
  nameEn: string;
  /** the article the French name takes (« du ministère », « de l’Agence », « des Forces ») */
  articleFr: FrenchArticle | null;
  kind: EntityKind;
  parent?: string;
  consulted?: boolean;
};

export const BENIN_ENTITIES: SeedEntity[] = [
  { code: 'MISP', articleFr: 'LE', acronym: 'MISP', kind: 'MINISTRY', consulted: true, nameFr: "Ministère de l’Intérieur et de la Sécurité publique", nameEn: 'Ministry of the Interior and Public Security' },
  { code: 'MDN', articleFr: 'LE', acronym: 'MDN', kind: 'MINISTRY', consulted: true, nameFr: 'Ministère de la Défense nationale', nameEn: 'Ministry of National Defence' },
  { code: 'MAE', articleFr: 'LE', acronym: 'MAE', kind: 'MINISTRY', consulted: true, nameFr: 'Ministère des Affaires étrangères', nameEn: 'Ministry of Foreign Affairs' },
  { code: 'MJL', articleFr: 'LE', acronym: 'MJL', kind: 'MINISTRY', consulted: true, nameFr: 'Ministère de la Justice et de la Législation', nameEn: 'Ministry of Justice and Legislation' },
  { code: 'MEF', articleFr: 'LE', acronym: 'MEF', kind: 'MINISTRY', consulted: true, nameFr: "Ministère de l’Économie et des Finances", nameEn: 'Ministry of Economy and Finance' },
  { code: 'MDGL', articleFr: 'LE', acronym: 'MDGL', kind: 'MINISTRY', consulted: true, nameFr: 'Ministère de la Décentralisation et de la Gouvernance locale', nameEn: 'Ministry of Decentralisation and Local Governance' },
  { code: 'MND', articleFr: 'LE', acronym: 'MND', kind: 'MINISTRY', consulted: true, nameFr: 'Ministère du Numérique et de la Digitalisation', nameEn: 'Ministry of Digital Affairs and Digitalisation' },
  { code: 'MEEM', articleFr: 'LE', acronym: 'MEEM', kind: 'MINISTRY', consulted: true, nameFr: "Ministère de l’Énergie, de l’Eau et des Mines", nameEn: 'Ministry of Energy, Water and Mines' },
  { code: 'MCVT', articleFr: 'LE', acronym: 'MCVT', kind: 'MINISTRY', consulted: true, nameFr: 'Ministère du Cadre de vie et des Transports, chargé du Développement durable', nameEn: 'Ministry of Living Environment and Transport, in charge of Sustainable Development' },
  { code: 'MS', articleFr: 'LE', acronym: 'MS', kind: 'MINISTRY', consulted: true, nameFr: 'Ministère de la Santé', nameEn: 'Ministry of Health' },
  { code: 'MTCA', articleFr: 'LE', acronym: 'MTCA', kind: 'MINISTRY', consulted: true, nameFr: 'Ministère du Tourisme, de la Culture et des Arts', nameEn: 'Ministry of Tourism, Culture and the Arts' },
  { code: 'MSPORTS', articleFr: 'LE', acronym: null, kind: 'MINISTRY', consulted: true, nameFr: 'Ministère des Sports', nameEn: 'Ministry of Sports' },
  { code: 'DGPR', articleFr: 'LA', acronym: 'DGPR', kind: 'SECURITY_FORCE', parent: 'MISP', consulted: true, nameFr: 'Direction générale de la Police républicaine', nameEn: 'Directorate-General of the Republican Police' },
  { code: 'FAB', articleFr: 'LES', acronym: 'FAB', kind: 'SECURITY_FORCE', parent: 'MDN', consulted: true, nameFr: 'Forces armées béninoises', nameEn: 'Benin Armed Forces' },
  { code: 'ANPC', articleFr: 'ELIDED', acronym: 'ANPC', kind: 'AGENCY', parent: 'MISP', consulted: true, nameFr: 'Agence nationale de protection civile', nameEn: 'National Civil Protection Agency' },
  { code: 'ASIN', articleFr: 'ELIDED', acronym: 'ASIN', kind: 'AGENCY', parent: 'MND', consulted: true, nameFr: "Agence des systèmes d’information et du numérique", nameEn: 'Agency for Information Systems and Digital Affairs' },
  { code: 'ABEGIEF', articleFr: 'ELIDED', acronym: 'ABeGIEF', kind: 'AGENCY', parent: 'MISP', consulted: true, nameFr: 'Agence béninoise de gestion intégrée des espaces frontaliers', nameEn: 'Benin Agency for Integrated Border Area Management' },
  { code: 'PAC', articleFr: 'LE', acronym: 'PAC', kind: 'SOE', parent: 'MCVT', consulted: true, nameFr: 'Port autonome de Cotonou', nameEn: 'Autonomous Port of Cotonou' },
  { code: 'ANAC', articleFr: 'ELIDED', acronym: 'ANAC', kind: 'REGULATOR', parent: 'MCVT', consulted: true, nameFr: "Agence nationale de l’aviation civile du Bénin", nameEn: 'National Civil Aviation Agency of Benin' },
  { code: 'SBEE', articleFr: 'LA', acronym: 'SBEE', kind: 'SOE', parent: 'MEEM', consulted: true, nameFr: "Société béninoise d’énergie électrique", nameEn: 'Benin Electric Power Company' },
  { code: 'CENTIF', articleFr: 'LA', acronym: 'CENTIF', kind: 'AGENCY', parent: 'MEF', consulted: true, nameFr: 'Cellule nationale de traitement des informations financières', nameEn: 'National Financial Intelligence Processing Unit' },
  { code: 'CRIET', articleFr: 'LA', acronym: 'CRIET', kind: 'JUDICIAL', parent: 'MJL', consulted: true, nameFr: 'Cour de répression des infractions économiques et du terrorisme', nameEn: 'Court for the Repression of Economic Offences and Terrorism' },
  { code: 'GNSP', articleFr: 'LE', acronym: 'GNSP', kind: 'SECURITY_FORCE', parent: 'MISP', nameFr: 'Groupement national des sapeurs-pompiers', nameEn: 'National Fire and Rescue Service' },
  { code: 'DGD', articleFr: 'LA', acronym: 'DGD', kind: 'AGENCY', parent: 'MEF', nameFr: 'Direction générale des Douanes', nameEn: 'Directorate-General of Customs' },
  { code: 'SAB', articleFr: 'LA', acronym: 'SAB', kind: 'SOE', parent: 'MCVT', nameFr: 'Société des aéroports du Bénin', nameEn: 'Benin Airports Company' },
  { code: 'SONEB', articleFr: 'LA', acronym: 'SONEB', kind: 'SOE', parent: 'MEEM', nameFr: 'Société nationale des eaux du Bénin', nameEn: 'National Water Company of Benin' },
  { code: 'ARCEP', articleFr: 'ELIDED', acronym: 'ARCEP Bénin', kind: 'REGULATOR', nameFr: 'Autorité de régulation des communications électroniques et de la poste', nameEn: 'Regulatory Authority for Electronic Communications and Posts' },
  { code: 'SBIN', articleFr: 'LA', acronym: 'SBIN', kind: 'SOE', parent: 'MND', nameFr: "Société béninoise d’infrastructures numériques", nameEn: 'Benin Digital Infrastructure Company' },
  { code: 'CHNLTIF', articleFr: 'LE', acronym: 'CHNLTIF', kind: 'COMMISSION', nameFr: "Comité de haut niveau chargé de la lutte contre le terrorisme et l’insécurité aux frontières", nameEn: 'High-Level Committee on Counter-Terrorism and Border Insecurity' },
  { code: 'MAIRIE-COTONOU', articleFr: 'LA', acronym: null, kind: 'LOCAL_AUTHORITY', parent: 'MDGL', nameFr: 'Mairie de Cotonou', nameEn: 'Cotonou City Hall' },
];
