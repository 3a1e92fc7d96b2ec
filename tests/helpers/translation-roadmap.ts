// A roadmap of the demo country under review, written in French, with three actions of its
// own (none from the framework, so none has an English text yet): the translation tests'
// starting point. Its version 1 is the draft's snapshot, built by the roadmap domain.
import type { PrismaClient } from '@/lib/db/client';
import { buildSnapshot, contentHash } from '@/lib/roadmap/snapshot';

export const FRENCH_ACTIONS = [
  { title: 'Adopter une stratégie nationale de protection des cibles vulnérables', description: 'Rédiger, valider et faire adopter la stratégie en Conseil des ministres.' },
  { title: 'Désigner une autorité chef de file et des points focaux', description: 'Publier un arrêté qui nomme l’autorité et un point focal par ministère.' },
  { title: 'Organiser un exercice interservices annuel', description: 'Un exercice de crise sur un lieu public, avec retour d’expérience écrit.' },
];

export async function roadmapToTranslate(db: PrismaClient, slug: string) {
  const country = await db.country.findUniqueOrThrow({ where: { code: 'BJ' } });
  const roadmap = await db.roadmap.create({
    data: {
      slug, countryId: country.id, title: 'Feuille de route à traduire', language: 'fr', publishedIn: 'fr,en', status: 'IN_REVIEW',
      executiveSummary: 'La feuille de route protège les infrastructures critiques et les lieux publics.',
    },
  });
  const objective = await db.objective.create({ data: { roadmapId: roadmap.id, order: 1, title: 'Gouverner la protection des cibles vulnérables' } });
  const actions = [];
  for (const [i, a] of FRENCH_ACTIONS.entries()) {
    actions.push(await db.action.create({ data: { roadmapId: roadmap.id, objectiveId: objective.id, order: i + 1, ...a, partners: [], indicators: [] } }));
  }
  const snapshot = (await buildSnapshot(db, roadmap.id))!;
  await db.roadmapVersion.create({ data: { roadmapId: roadmap.id, number: 1, snapshot, contentHash: contentHash(snapshot), status: 'SUBMITTED' } });
  return { roadmap, actions };
}
