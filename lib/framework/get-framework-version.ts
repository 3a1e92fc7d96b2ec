import type { Db } from '../db/client';
import {
  ENTITY_KIND, LENS, PARAGRAPH_KIND,
  type Bilingual, type FrameworkContent, type LeadKind, type Lens, type ParagraphKind, type QuestionContent,
} from './schema';
import { storedIdentity } from './paragraph-check';

export type StoredFrameworkVersion = {
  id: string;
  status: 'DRAFT' | 'PUBLISHED';
  importedAt: Date;
  contentHash: string;
  content: FrameworkContent;
};

/** Database enum -> content spelling, the inverse of the maps in schema.ts. */
function invert<K extends string, V extends string>(map: Record<K, V>): Record<V, K> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as Record<V, K>;
}
const LEAD_KIND = invert(ENTITY_KIND);
const LENS_OF = invert(LENS);
const KIND_OF = invert(PARAGRAPH_KIND);

const bi = (fr: string, en: string): Bilingual => ({ fr, en });

/**
 * One imported version, read back in the shape of its content (what the explorer, the
 * coverage table and framework:diff work on). Its content hash equals the stored one: the
 * import keeps everything the content says.
 */
export async function getFrameworkVersion(db: Db, slug: string, version: string): Promise<StoredFrameworkVersion | null> {
  const fv = await db.frameworkVersion.findUnique({
    where: { slug_version: { slug, version } },
    include: {
      instruments: { orderBy: { order: 'asc' }, include: { paragraphs: { orderBy: { order: 'asc' } } } },
      areas: {
        orderBy: { order: 'asc' },
        include: {
          questions: {
            orderBy: { order: 'asc' },
            include: {
              references: { include: { paragraph: { select: { ref: true, order: true, instrument: { select: { code: true, order: true } } } } } },
              suggestedActions: { orderBy: { order: 'asc' } },
            },
          },
        },
      },
    },
  });
  if (!fv) return null;
  return {
    id: fv.id,
    status: fv.status,
    importedAt: fv.importedAt,
    contentHash: fv.contentHash,
    content: {
      framework: {
        slug: fv.slug,
        version: fv.version,
        title: bi(fv.titleFr, fv.titleEn),
        description: bi(fv.descriptionFr, fv.descriptionEn),
        scale: fv.scale as FrameworkContent['framework']['scale'],
        previous: fv.previous,
      },
      instruments: fv.instruments.map((i) => ({
        code: i.code,
        symbol: i.symbol,
        title: bi(i.titleFr, i.titleEn),
        date: i.date,
        url: i.url,
        paragraphs: i.paragraphs.map((p) => ({
          ...storedIdentity(p),
          kind: KIND_OF[p.kind] as ParagraphKind,
          summary: bi(p.summaryFr, p.summaryEn),
        })),
      })),
      areas: fv.areas.map((a) => ({
        code: a.code,
        order: a.order,
        crossCutting: a.crossCutting,
        title: bi(a.titleFr, a.titleEn),
        purpose: bi(a.purposeFr, a.purposeEn),
        questions: a.questions.map((q) => ({
          code: q.code,
          lens: LENS_OF[q.lens] as Lens,
          text: bi(q.textFr, q.textEn),
          guidance: bi(q.guidanceFr, q.guidanceEn),
          // The join table keeps no order: list references in the paragraph library's order.
          references: [...q.references]
            .sort((x, y) => x.paragraph.instrument.order - y.paragraph.instrument.order || x.paragraph.order - y.paragraph.order)
            .map((r) => `${r.paragraph.instrument.code}:${r.paragraph.ref}`),
          levels: q.levels as Bilingual[],
          from: (q.carryFrom as QuestionContent['from']) ?? null,
          actions: q.suggestedActions.map((s) => ({
            code: s.code,
            title: bi(s.titleFr, s.titleEn),
            description: bi(s.descriptionFr, s.descriptionEn),
            minLevel: s.minLevel,
            maxLevel: s.maxLevel,
            leadKind: (s.leadKind ? LEAD_KIND[s.leadKind] : 'ministry') as LeadKind,
            partners: s.partners as string[],
          })),
        })),
      })),
    },
  };
}
