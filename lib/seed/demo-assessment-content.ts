// ILLUSTRATIVE content for the Benin demo assessment: answers and consolidated findings
// written in the register of a CTED/UNOCT consultation, for the demonstration only. They
// do not describe Benin's actual situation and must never be presented as findings. Laws
// and bodies named here come from ../../shared/domain/benin.md (many "from memory"). Keyed
// by the question codes of the vt framework (content/frameworks/vt).

/** Which areas of the framework each participating entity answers. */
export const DEMO_ASSIGNMENTS: Record<string, string[]> = {
  MISP: ['GOV', 'RISK', 'COORD', 'SOFT', 'PREP', 'HRG'],
  MDN: ['RISK', 'COORD', 'EMER'],
  MAE: ['INTL'],
  MJL: ['LEG', 'HRG'],
  MEF: ['GOV'],
  MDGL: ['SOFT', 'COORD'],
  MND: ['CYB'],
  MEEM: ['CIP'],
  MCVT: ['CIP', 'PPP'],
  MS: ['PREP'],
  MTCA: ['SOFT', 'PPP'],
  MSPORTS: ['SOFT'],
  DGPR: ['RISK', 'SOFT', 'PREP', 'COORD'],
  FAB: ['EMER', 'CIP'],
  ANPC: ['PREP', 'RISK'],
  ASIN: ['CYB'],
  ABEGIEF: ['INTL', 'RISK'],
  PAC: ['CIP', 'PPP', 'RISK'],
  ANAC: ['CIP', 'EMER'],
  SBEE: ['CIP', 'CYB'],
  CENTIF: ['LEG', 'INTL'],
  CRIET: ['LEG'],
};

/** Entities that have not started (the progress view shows them), and how far others got. */
export const DEMO_NOT_STARTED = ['MSPORTS', 'MDGL'];
export const DEMO_PARTIAL: Record<string, number> = { PAC: 0.7, MTCA: 0.5, MS: 0.6 };

/** A plausible level per area, around which the answers without text are spread. */
export const DEMO_BASELINE: Record<string, number> = {
  GOV: 1.4, LEG: 2.6, RISK: 1.5, COORD: 2, PPP: 1, CIP: 2.1, SOFT: 1.4, CYB: 2.4, PREP: 2, INTL: 2.6, EMER: 0.9, HRG: 1.8,
};

type Answer = {
  entity: string; question: string; level: '0' | '1' | '2' | '3' | '4' | 'NA' | 'DK';
  achievements?: string; gaps?: string; needs?: string; assistance?: string; priority?: 'HIGH' | 'MEDIUM' | 'LOW'; evidence?: string;
};

export const DEMO_ANSWERS: Answer[] = [
  {
    entity: 'MISP', question: 'GOV-01', level: '1', priority: 'HIGH',
    achievements: 'La Stratégie nationale de prévention de l’extrémisme violent (SNPEV, 2021) et son plan d’action prioritaire 2021-2025 abordent la sécurisation des zones frontalières et des lieux publics.',
    gaps: 'Aucun document ne traite de façon dédiée la protection des infrastructures critiques et des cibles vulnérables ; les mesures existantes relèvent de chaque ministère, sans objectifs communs.',
    needs: 'Élaborer une stratégie nationale dédiée, assortie d’un plan d’action chiffré et d’un chef de file désigné.',
    assistance: 'Appui méthodologique de l’UNOCT et de la DECT pour la rédaction ; partage d’exemples de stratégies nationales de la sous-région.',
    evidence: 'SNPEV validée le 3 février 2021 ; plan d’action prioritaire 2021-2025.',
  },
  {
    entity: 'MISP', question: 'GOV-02', level: '2', priority: 'HIGH',
    achievements: 'Le MISP assure de fait la coordination et a désigné un point focal pour les consultations de Cotonou.',
    gaps: 'Aucun texte ne confère au MISP un mandat formel de chef de file ; les points focaux des autres ministères ne sont pas nommés.',
    needs: 'Arrêté interministériel désignant le chef de file et un réseau de points focaux dotés de termes de référence.',
  },
  {
    entity: 'MEF', question: 'GOV-05', level: '1', priority: 'MEDIUM',
    achievements: 'Les dépenses de sécurité des sites relèvent des budgets de fonctionnement des ministères sectoriels.',
    gaps: 'Pas de ligne budgétaire identifiable pour la protection des infrastructures critiques ; les coûts ne sont pas consolidés.',
    needs: 'Identifier les dépenses existantes et prévoir une ligne dédiée dans la loi de finances une fois le plan d’action adopté.',
  },
  {
    entity: 'MJL', question: 'LEG-01', level: '3',
    achievements: 'Le Code pénal (loi n° 2018-16) incrimine les actes de terrorisme, y compris les atteintes aux biens publics et aux installations ; la CRIET est compétente pour les juger.',
    gaps: 'La notion d’infrastructure critique n’apparaît pas en tant que telle ; les circonstances aggravantes liées à la mise hors service d’un service essentiel sont à préciser.',
    needs: 'Analyse de conformité du Code pénal au regard de la résolution 2341 (2017).',
    evidence: 'Loi n° 2018-16 portant Code pénal ; loi n° 2018-13 relative à la CRIET.',
  },
  {
    entity: 'CRIET', question: 'LEG-02', level: '3',
    achievements: 'La CRIET a connu de dossiers portant sur l’association de malfaiteurs en relation avec une entreprise terroriste.',
    gaps: 'Peu de jurisprudence sur le financement et l’appui logistique aux attaques contre des installations.',
    needs: 'Formation spécialisée des magistrats et officiers de police judiciaire sur les infractions préparatoires.',
    assistance: 'Sessions de formation avec l’ONUDC et la DECT.',
  },
  {
    entity: 'CENTIF', question: 'LEG-05', level: '3',
    achievements: 'La loi n° 2018-17 (LBC/FT) et les mécanismes de l’UEMOA permettent l’échange d’informations financières avec les cellules homologues.',
    gaps: 'Délais de réponse longs pour les demandes d’entraide hors espace UEMOA.',
    needs: 'Protocoles d’échange avec les cellules des pays voisins non membres de l’UEMOA.',
  },
  {
    entity: 'DGPR', question: 'RISK-01', level: '2', priority: 'HIGH',
    achievements: 'Des évaluations de la menace sont produites à l’occasion des grands événements et au titre de la situation dans les départements de l’Alibori et de l’Atacora.',
    gaps: 'Pas d’évaluation nationale périodique couvrant les infrastructures critiques et les lieux publics ; diffusion limitée aux services de sécurité.',
    needs: 'Évaluation nationale annuelle de la menace, avec une version diffusable aux ministères sectoriels et aux exploitants.',
  },
  {
    entity: 'PAC', question: 'RISK-05', level: '3', priority: 'MEDIUM',
    achievements: 'Évaluation de la sûreté de l’installation portuaire réalisée au titre du code ISPS, avec un plan de sûreté approuvé.',
    gaps: 'L’évaluation ne couvre pas les interdépendances avec l’alimentation électrique et le terminal pétrolier de Sèmè.',
    needs: 'Étendre l’évaluation aux dépendances externes (énergie, télécommunications, accès routiers).',
    evidence: 'Plan de sûreté de l’installation portuaire (PSIP), dernière révision 2023.',
  },
  {
    entity: 'ANPC', question: 'RISK-03', level: '1', priority: 'HIGH',
    achievements: 'Le plan de contingence national recense les aléas majeurs, dont le terrorisme.',
    gaps: 'Les interdépendances entre énergie, eau et télécommunications ne sont pas cartographiées ; les effets en cascade ne sont pas étudiés.',
    needs: 'Cartographie des interdépendances pour Cotonou et le corridor nord, avec les exploitants.',
    assistance: 'Méthode et outil de cartographie (Compendium de bonnes pratiques ONU sur la protection des infrastructures critiques).',
  },
  {
    entity: 'MISP', question: 'COORD-01', level: '2', priority: 'HIGH',
    achievements: 'Le Comité de haut niveau chargé de la lutte contre le terrorisme et l’insécurité aux frontières (CHNLTIF) se réunit sur les questions de sécurité du nord.',
    gaps: 'Aucune instance ne traite spécifiquement de la protection des infrastructures critiques et des cibles vulnérables ; les ministères sectoriels n’y siègent pas.',
    needs: 'Créer un comité technique interministériel rattaché au CHNLTIF, avec un secrétariat au MISP.',
  },
  {
    entity: 'DGPR', question: 'COORD-04', level: '2',
    achievements: 'Une salle de commandement fonctionne en permanence à Cotonou.',
    gaps: 'Les exploitants (port, aéroport, SBEE, SONEB) n’ont pas de point de contact permanent identifié auprès de la police.',
    needs: 'Annuaire d’alerte 24/7 partagé et exercices de transmission trimestriels.',
  },
  {
    entity: 'MCVT', question: 'PPP-01', level: '1', priority: 'MEDIUM',
    achievements: 'Échanges réguliers avec les concessionnaires du port et de l’aéroport dans le cadre des comités de sûreté.',
    gaps: 'Pas de cadre formel de partenariat public-privé pour la sécurité des autres exploitants.',
    needs: 'Charte de partenariat et réunion annuelle autorités-exploitants.',
  },
  {
    entity: 'PAC', question: 'CIP-04', level: '3',
    achievements: 'Programme de sûreté conforme au code ISPS, audité par l’administration maritime ; contrôle d’accès et vidéoprotection en service.',
    gaps: 'Exercices de sûreté encore peu nombreux avec les services de secours externes.',
    needs: 'Un exercice conjoint par an avec l’ANPC et la police républicaine.',
    evidence: 'Déclaration de conformité de l’installation portuaire ; rapport d’audit 2023.',
  },
  {
    entity: 'ANAC', question: 'CIP-04', level: '3', priority: 'LOW',
    achievements: 'Programme national de sûreté de l’aviation civile en vigueur ; audits de l’OACI suivis d’un plan de mesures correctrices.',
    gaps: 'Formation continue du personnel de filtrage à renforcer.',
    needs: 'Plan de formation pluriannuel du personnel de sûreté aéroportuaire.',
  },
  {
    entity: 'SBEE', question: 'CIP-05', level: '1', priority: 'HIGH',
    achievements: 'Gardiennage des principaux postes de transformation de Cotonou.',
    gaps: 'Les lignes et postes isolés du nord ne bénéficient d’aucune mesure de protection ; pas de plan de sûreté par site.',
    needs: 'Classer les ouvrages par criticité et définir des mesures proportionnées, en lien avec les forces de défense et de sécurité.',
    assistance: 'Expertise technique sur la protection des réseaux électriques étendus.',
  },
  {
    entity: 'MEEM', question: 'CIP-03', level: '2',
    achievements: 'Procédures de délestage et d’alimentation de secours pour les sites prioritaires.',
    gaps: 'Plans de continuité d’activité incomplets chez les exploitants de l’eau et de l’énergie.',
    needs: 'Modèle de plan de continuité et accompagnement des exploitants.',
  },
  {
    entity: 'MISP', question: 'SOFT-01', level: '1', priority: 'HIGH',
    achievements: 'Les grands rassemblements (fête des religions endogènes, pèlerinages, matchs) font l’objet de dispositifs ponctuels.',
    gaps: 'Aucun recensement des lieux de rassemblement et cibles dites « molles » avec un niveau de risque.',
    needs: 'Inventaire national des cibles vulnérables, avec les préfectures et les mairies (marché Dantokpa, lieux de culte, sites touristiques).',
  },
  {
    entity: 'MTCA', question: 'SOFT-02', level: '1',
    achievements: 'Sensibilisation ponctuelle des hôteliers de Cotonou.',
    gaps: 'Pas de référentiel de sécurité pour les sites touristiques (Ouidah, Abomey, Ganvié) ni de concertation structurée avec la profession.',
    needs: 'Plan de sécurité touristique élaboré avec les professionnels.',
    assistance: 'Module 3 des guides thématiques de l’UNOCT (sites touristiques).',
  },
  {
    entity: 'DGPR', question: 'SOFT-04', level: '3',
    achievements: 'Ordres d’opérations et coordination éprouvés pour les grands événements, dont le 1er août et les rencontres sportives au stade de l’Amitié.',
    gaps: 'Les organisateurs privés ne sont pas toujours associés à la planification.',
    needs: 'Guide de planification de la sécurité des événements à l’intention des organisateurs.',
  },
  {
    entity: 'ASIN', question: 'CYB-01', level: '3',
    achievements: 'Le Code du numérique (loi n° 2017-20) encadre la sécurité des systèmes d’information ; la Stratégie nationale de sécurité numérique fixe des axes de protection des infrastructures.',
    gaps: 'La liste des opérateurs d’infrastructures d’information critiques et leurs obligations restent à préciser par voie réglementaire.',
    needs: 'Décret désignant les opérateurs et fixant leurs obligations (notification des incidents, audits).',
    evidence: 'Loi n° 2017-20 portant Code du numérique ; Stratégie nationale de sécurité numérique.',
  },
  {
    entity: 'ASIN', question: 'CYB-02', level: '3', priority: 'MEDIUM',
    achievements: 'Le CERT national (bj-CERT) traite les incidents signalés et publie des alertes.',
    gaps: 'Les exploitants d’infrastructures critiques ne sont pas tenus de notifier leurs incidents ; les échanges restent informels.',
    needs: 'Procédure de notification obligatoire et point de contact sécurisé par exploitant.',
  },
  {
    entity: 'ASIN', question: 'CYB-03', level: '1', priority: 'HIGH',
    gaps: 'Les systèmes de contrôle industriels de l’énergie et de l’eau n’ont pas fait l’objet d’un audit de sécurité.',
    needs: 'Campagne d’audits des systèmes SCADA prioritaires, avec les exploitants concernés.',
    assistance: 'Expertise spécialisée en sécurité des systèmes industriels.',
  },
  {
    entity: 'ASIN', question: 'CYB-04', level: '2',
    achievements: 'Un exercice de gestion de crise cyber a réuni en 2023 plusieurs administrations.',
    gaps: 'Les exploitants d’infrastructures critiques n’y ont pas pris part.',
    needs: 'Exercice annuel associant les exploitants et le CERT national.',
  },
  {
    entity: 'ASIN', question: 'CYB-05', level: '3',
    achievements: 'Le Code du numérique réprime les atteintes aux systèmes de traitement automatisé de données.',
    gaps: 'Les enquêteurs spécialisés restent peu nombreux.',
    needs: 'Formation d’enquêteurs et de magistrats à la criminalité informatique.',
  },
  {
    entity: 'ANPC', question: 'PREP-01', level: '2', priority: 'MEDIUM',
    achievements: 'Le plan de contingence national est mis à jour chaque année et mentionne le terrorisme parmi les aléas.',
    gaps: 'Pas de volet opérationnel spécifique aux attaques terroristes (scénarios, chaînes de commandement).',
    needs: 'Annexe « attaque terroriste » au plan de contingence, testée par un exercice.',
  },
  {
    entity: 'MS', question: 'PREP-03', level: '2',
    achievements: 'Plan blanc au CNHU-HKM ; expérience de prise en charge de blessés lors des incidents du nord.',
    gaps: 'Capacités de triage et de transfusion limitées hors de Cotonou et de Parakou.',
    needs: 'Plan national d’afflux massif de victimes et formation au triage.',
  },
  {
    entity: 'MAE', question: 'INTL-04', level: '2',
    achievements: 'Les besoins d’assistance sont exprimés au cas par cas auprès des partenaires.',
    gaps: 'Pas de liste consolidée et hiérarchisée des besoins d’assistance technique.',
    needs: 'Tirer de la présente évaluation une liste de besoins à présenter aux partenaires.',
  },
  {
    entity: 'ABEGIEF', question: 'INTL-01', level: '2',
    achievements: 'Coopération transfrontalière au titre de l’Initiative d’Accra et projets de développement des zones frontalières.',
    gaps: 'Pas de protocole bilatéral sur la protection des infrastructures transfrontalières (pipeline, lignes électriques).',
    needs: 'Protocoles avec les pays voisins sur les ouvrages partagés.',
  },
  {
    entity: 'FAB', question: 'EMER-02', level: '0', priority: 'HIGH',
    gaps: 'Aucun moyen de détection ni de neutralisation des drones malveillants sur les sites critiques ou lors des grands événements.',
    needs: 'Étude des besoins et cadre juridique d’emploi des moyens anti-drones.',
    assistance: 'Module 5 des guides de l’UNOCT (systèmes d’aéronefs sans pilote) ; appui de l’UNICRI.',
  },
  {
    entity: 'ANAC', question: 'EMER-01', level: '1',
    achievements: 'Des autorisations ponctuelles sont délivrées pour les prises de vue aériennes.',
    gaps: 'Pas de réglementation d’ensemble des drones (enregistrement, zones interdites autour des sites critiques).',
    needs: 'Réglementation nationale des drones.',
  },
  {
    entity: 'MJL', question: 'HRG-01', level: '2',
    achievements: 'Le contrôle juridictionnel des mesures de police existe ; la Commission béninoise des droits de l’homme peut être saisie.',
    gaps: 'Les mesures de protection ne font pas l’objet d’un examen préalable de nécessité et de proportionnalité.',
    needs: 'Grille d’examen des mesures au regard des droits de l’homme.',
  },
];

type Finding = { question: string; maturity: 0 | 1 | 2 | 3 | 4; achievements: string; gaps: string; needs: string; priority: 'HIGH' | 'MEDIUM' | 'LOW' };

export const DEMO_FINDINGS: Finding[] = [
  {
    question: 'GOV-01', maturity: 1, priority: 'HIGH',
    achievements: 'La SNPEV et son plan d’action prioritaire 2021-2025 posent des jalons utiles (zones frontalières, lieux publics).',
    gaps: 'Absence de stratégie nationale dédiée à la protection des infrastructures critiques et des cibles vulnérables ; mesures dispersées entre ministères.',
    needs: 'Élaborer et faire adopter une stratégie nationale dédiée, avec un plan d’action chiffré.',
  },
  {
    question: 'GOV-02', maturity: 2, priority: 'HIGH',
    achievements: 'Le MISP joue de fait le rôle de chef de file et a coordonné les consultations.',
    gaps: 'Mandat non formalisé ; réseau de points focaux inexistant.',
    needs: 'Désigner formellement le chef de file et nommer des points focaux dans chaque entité concernée.',
  },
  {
    question: 'GOV-05', maturity: 1, priority: 'MEDIUM',
    achievements: 'Des dépenses de sécurité existent dans les budgets sectoriels.',
    gaps: 'Aucune ligne budgétaire identifiable ; coûts non consolidés.',
    needs: 'Consolider les dépenses et budgétiser le futur plan d’action.',
  },
  {
    question: 'LEG-01', maturity: 3, priority: 'LOW',
    achievements: 'Le Code pénal de 2018 incrimine les actes de terrorisme ; la CRIET est compétente.',
    gaps: 'La notion d’infrastructure critique n’est pas visée expressément.',
    needs: 'Analyse de conformité au regard de la résolution 2341 (2017).',
  },
  {
    question: 'RISK-01', maturity: 2, priority: 'HIGH',
    achievements: 'Évaluations de la menace réalisées pour les grands événements et les départements du nord.',
    gaps: 'Pas d’évaluation nationale périodique couvrant infrastructures critiques et lieux publics ; diffusion restreinte.',
    needs: 'Évaluation nationale annuelle, avec une version diffusable aux ministères et exploitants.',
  },
  {
    question: 'RISK-03', maturity: 1, priority: 'HIGH',
    achievements: 'Le plan de contingence recense les aléas majeurs.',
    gaps: 'Interdépendances et effets en cascade non cartographiés (énergie, eau, télécommunications).',
    needs: 'Cartographier les interdépendances avec les exploitants, en commençant par Cotonou et le corridor nord.',
  },
  {
    question: 'RISK-05', maturity: 2, priority: 'MEDIUM',
    achievements: 'Évaluations de sûreté au port (code ISPS) et à l’aéroport (annexe 17).',
    gaps: 'Les autres sites critiques (énergie, eau) ne sont pas évalués ; dépendances externes non prises en compte.',
    needs: 'Évaluer les sites prioritaires hors port et aéroport.',
  },
  {
    question: 'COORD-01', maturity: 2, priority: 'HIGH',
    achievements: 'Le CHNLTIF offre un cadre de haut niveau pour les questions de sécurité.',
    gaps: 'Pas d’instance technique dédiée associant les ministères sectoriels et les exploitants.',
    needs: 'Créer un comité technique interministériel sur la protection des cibles vulnérables.',
  },
  {
    question: 'COORD-04', maturity: 2, priority: 'MEDIUM',
    achievements: 'Salle de commandement permanente de la police républicaine.',
    gaps: 'Pas de points de contact permanents identifiés chez les exploitants.',
    needs: 'Réseau d’alerte 24/7 avec annuaire partagé et exercices de transmission.',
  },
  {
    question: 'PPP-01', maturity: 1, priority: 'MEDIUM',
    achievements: 'Comités de sûreté au port et à l’aéroport.',
    gaps: 'Aucun cadre formel de partenariat avec les autres exploitants et gestionnaires de lieux publics.',
    needs: 'Charte de partenariat public-privé et plateforme d’échange régulière.',
  },
  {
    question: 'CIP-04', maturity: 3, priority: 'LOW',
    achievements: 'Programmes de sûreté portuaire et aéroportuaire en vigueur et audités.',
    gaps: 'Exercices conjoints avec les services de secours encore rares ; formation continue à renforcer.',
    needs: 'Exercice conjoint annuel et plan de formation du personnel de sûreté.',
  },
  {
    question: 'CIP-05', maturity: 1, priority: 'HIGH',
    achievements: 'Gardiennage des principaux postes de Cotonou.',
    gaps: 'Ouvrages isolés du nord sans protection ; pas de plans de sûreté par site.',
    needs: 'Classer les ouvrages d’énergie et d’eau par criticité et définir des mesures proportionnées.',
  },
  {
    question: 'SOFT-01', maturity: 1, priority: 'HIGH',
    achievements: 'Dispositifs ponctuels pour les grands rassemblements.',
    gaps: 'Aucun inventaire des cibles dites « molles » avec un niveau de risque.',
    needs: 'Inventaire national des cibles vulnérables avec les préfectures et les communes.',
  },
  {
    question: 'SOFT-02', maturity: 1, priority: 'MEDIUM',
    achievements: 'Sensibilisations ponctuelles des hôteliers.',
    gaps: 'Pas de référentiel de sécurité des sites touristiques ni de concertation structurée.',
    needs: 'Plan de sécurité touristique élaboré avec la profession.',
  },
  {
    question: 'CYB-02', maturity: 3, priority: 'MEDIUM',
    achievements: 'CERT national opérationnel.',
    gaps: 'Pas d’obligation de notification des incidents pour les exploitants.',
    needs: 'Procédure de notification obligatoire et points de contact sécurisés.',
  },
  {
    question: 'CYB-03', maturity: 1, priority: 'HIGH',
    achievements: 'Prise de conscience du risque chez les exploitants rencontrés.',
    gaps: 'Aucun audit de sécurité des systèmes de contrôle industriels.',
    needs: 'Audits des systèmes SCADA prioritaires.',
  },
  {
    question: 'PREP-01', maturity: 2, priority: 'MEDIUM',
    achievements: 'Plan de contingence national mis à jour chaque année.',
    gaps: 'Pas de volet opérationnel propre aux attaques terroristes.',
    needs: 'Annexe « attaque terroriste » testée par un exercice.',
  },
  {
    question: 'EMER-02', maturity: 0, priority: 'HIGH',
    achievements: 'Menace identifiée par les forces de défense.',
    gaps: 'Aucune capacité de détection ni de neutralisation des drones malveillants.',
    needs: 'Étude des besoins et cadre juridique d’emploi des moyens anti-drones.',
  },
];
