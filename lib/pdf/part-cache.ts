// Re-rendering only what changed. Each section of a roadmap PDF (a long one in chunks) renders
// to its own part, kept in the database (PdfPartCache, shared by every app instance like the
// whole-PDF cache) under the hash of exactly what it reads: its fields of the document
// (sections/weights.ts, `reads`), the running header's, the language, the messages of the
// `pdf` namespace, the renderer, fonts and template, and the chunk it is. The next render of
// a roadmap, a new version with one action edited, renders the parts whose content changed
// and takes the others as they are; the table of contents, page numbers and watermark are
// always redone by the assembly (assemble.ts), which does not know which parts were reused.
//
// No @react-pdf import here: the pool (pool.ts) looks parts up in the server's thread.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/db';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import type { SectionPart } from './render-section';
import { planParts, READ_BY_EVERY_PAGE, SECTION_WEIGHTS, type PartPlan } from './sections/weights';
import { TEMPLATE_VERSION } from './template';
import type { PdfLocale, RoadmapDocument } from './types';

/** The parts rendered before, by key; shared by every instance when it is the database. */
export type PartStore = {
  get(keys: string[]): Promise<Map<string, Uint8Array>>;
  put(parts: PartToCache[]): Promise<void>;
};

export type PartToCache = { key: string; section: string; language: PdfLocale; bytes: Uint8Array; renderMs: number };

// What draws the pages besides the document: a new version of any of these may lay out
// or draw a part differently, so its cached parts are not reused.
const RENDERER_PACKAGES = ['@react-pdf/renderer', '@react-pdf/layout', '@react-pdf/render', '@react-pdf/textkit', '@react-pdf/font', 'pdfkit', 'fontkit', 'hyphen', '@expo-google-fonts/noto-sans'];

let renderer: string | null = null;
function rendererVersions(): string {
  renderer ??= RENDERER_PACKAGES.map((name) => {
    try {
      return `${name}@${JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')).version}`;
    } catch {
      return `${name}@?`;
    }
  }).join(' ');
  return renderer;
}

const messagesHash = new Map<PdfLocale, string>();
/** The texts the sections print around the document's own: the `pdf` namespace of the catalog. */
function pdfMessagesHash(locale: PdfLocale): string {
  let hash = messagesHash.get(locale);
  if (!hash) {
    const flat = flattenMessages({ pdf: loadMessages(locale).pdf ?? {} });
    hash = sha256(canonical(Object.keys(flat).sort().map((k) => [k, flat[k]])));
    messagesHash.set(locale, hash);
  }
  return hash;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with the keys of every object sorted, so that equal content hashes alike; bytes (the emblem's PNG) by their hash. */
function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (ArrayBuffer.isView(value)) return JSON.stringify(`bytes:${createHash('sha256').update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)).digest('hex')}`);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The value of a read path ("actions[].indicators[].label": one list of labels per action). */
export function readPath(doc: RoadmapDocument, at: string): unknown {
  const walk = (value: unknown, segments: string[]): unknown => {
    if (!segments.length || value === undefined || value === null) return value;
    const [segment, ...rest] = segments;
    const each = segment.endsWith('[]');
    const child = (value as Record<string, unknown>)[each ? segment.slice(0, -2) : segment];
    if (!each) return walk(child, rest);
    return Array.isArray(child) ? child.map((item) => walk(item, rest)) : child;
  };
  return walk(doc, at.split('.'));
}

/**
 * The key of one part: the section (one section per part, see cachedPlans), what it reads, and
 * for a chunk its index and count. A chunk's key covers its whole section: one longer action
 * moves pages from one chunk to the next.
 */
export function partKey(doc: RoadmapDocument, plan: PartPlan, options: { tagged: boolean }): string {
  const reads = [...READ_BY_EVERY_PAGE, ...plan.ids.flatMap((id) => SECTION_WEIGHTS.find((s) => s.id === id)!.reads)];
  return sha256(canonical({
    template: TEMPLATE_VERSION,
    renderer: rendererVersions(),
    messages: pdfMessagesHash(doc.locale),
    tagged: options.tagged,
    sections: plan.ids,
    chunk: plan.chunk ?? null,
    content: reads.map((r) => [r, readPath(doc, r)]),
  }));
}

/**
 * One part per section, a section heavier than CHUNK_WEIGHT in chunks: a section renders
 * alone so that it can be reused alone. Measured on Benin (10 sections): about as fast as the
 * one part a usual roadmap renders in without the cache, and the joined PDF about a third
 * larger (each part embeds its own font subsets).
 */
export const cachedPlans = (doc: RoadmapDocument): PartPlan[] => planParts(doc, 0);

const planName = (p: Pick<PartPlan, 'ids' | 'chunk'>) => `${p.ids.join('+')}@${p.chunk ? `${p.chunk.index}/${p.chunk.of}` : ''}`;

/**
 * The parts of `doc`: those in the store as they are, the others rendered by `render` (here
 * or in workers) and stored. Returned in document order, ready for assemble().
 */
export async function partsThroughCache(
  doc: RoadmapDocument, store: PartStore, options: { tagged: boolean },
  render: (plans: PartPlan[]) => Promise<SectionPart[]>,
): Promise<{ parts: SectionPart[]; reused: number }> {
  const plans = cachedPlans(doc);
  const keys = plans.map((p) => partKey(doc, p, options));
  const found = await store.get(keys);
  const missing = plans.filter((_, i) => !found.has(keys[i]));
  const rendered = new Map((missing.length ? await render(missing) : []).map((p) => [planName(p), p]));
  const fresh: PartToCache[] = [];
  const parts = plans.map((plan, i): SectionPart => {
    const bytes = found.get(keys[i]);
    if (bytes) return { ids: plan.ids, ...(plan.chunk ? { chunk: plan.chunk } : {}), bytes, ms: 0 };
    const part = rendered.get(planName(plan));
    if (!part) throw new Error(`PDF part ${planName(plan)} was not rendered`);
    fresh.push({ key: keys[i], section: planName(plan), language: doc.locale, bytes: part.bytes, renderMs: part.ms });
    return part;
  });
  if (fresh.length) await store.put(fresh);
  return { parts, reused: found.size };
}

/** Default bound of the table: the least recently used parts are deleted past it. */
export const PART_CACHE_MAX_BYTES = (Number(process.env.PDF_PART_CACHE_MB) || 128) * 1024 * 1024;

/** The parts kept in the database (PdfPartCache), the least recently used evicted past `maxBytes`. */
export function dbPartStore(db: Db, options: { maxBytes?: number } = {}): PartStore {
  const maxBytes = options.maxBytes ?? PART_CACHE_MAX_BYTES;
  return {
    async get(keys) {
      if (!keys.length) return new Map();
      const rows = await db.pdfPartCache.findMany({ where: { cacheKey: { in: keys } }, select: { cacheKey: true, bytes: true } });
      if (rows.length) await db.pdfPartCache.updateMany({ where: { cacheKey: { in: rows.map((r) => r.cacheKey) } }, data: { lastUsedAt: new Date() } });
      return new Map(rows.map((r) => [r.cacheKey, new Uint8Array(r.bytes)]));
    },
    async put(parts) {
      for (const part of parts) {
        const data = { section: part.section, language: part.language, bytes: new Uint8Array(part.bytes) as Uint8Array<ArrayBuffer>, size: part.bytes.byteLength, renderMs: Math.round(part.renderMs) };
        await db.pdfPartCache.upsert({ where: { cacheKey: part.key }, create: { cacheKey: part.key, ...data }, update: { lastUsedAt: new Date() } }).catch((error: unknown) => {
          // Another instance stored the same part meanwhile: the same content, the same bytes.
          if ((error as { code?: string }).code !== 'P2002') throw error;
        });
      }
      await evict(db, maxBytes);
    },
  };
}

/** Deletes the least recently used parts until the table holds at most `maxBytes`. */
async function evict(db: Db, maxBytes: number) {
  const total = (await db.pdfPartCache.aggregate({ _sum: { size: true } }))._sum.size ?? 0;
  if (total <= maxBytes) return;
  let excess = total - maxBytes;
  const oldest = await db.pdfPartCache.findMany({ orderBy: { lastUsedAt: 'asc' }, select: { id: true, size: true }, take: 500 });
  const doomed: string[] = [];
  for (const row of oldest) {
    if (excess <= 0) break;
    doomed.push(row.id);
    excess -= row.size;
  }
  await db.pdfPartCache.deleteMany({ where: { id: { in: doomed } } });
}
