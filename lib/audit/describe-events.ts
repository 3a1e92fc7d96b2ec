// The audit trail in words: the action in the reader's language, the record by its name, and
// what changed field by field. Ids and raw JSON stay in the CSV, beside these columns.
import type { Db } from '../db/client';
import type { Locale } from '../i18n/routing';
import { translator, type Translate } from '../i18n/translate';
import type { AuditRow } from './list-events';
import { inLocale } from '../i18n/pick';
import { countryName } from '../country/names';

export type AuditChange = { field: string; before: string; after: string };
/** `saveFields`: for each save of a window (AuditRow.saves), the fields it changed, by their names. */
export type AuditDescription = { action: string; record: string; changes: AuditChange[]; saveFields: string[][] };

type Named = Map<string, string>;
const MAX = 140;

function clip(s: string) {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > MAX ? `${flat.slice(0, MAX - 1)}…` : flat;
}

/** A catalog text, or null when the catalog has none for that key. */
function maybe(t: Translate, key: string, values?: Record<string, string | number>) {
  const s = t(key, values);
  return s === key ? null : s;
}

/** A query over ids, 500 at a time (an export may name tens of thousands of records). */
async function chunked<T>(ids: string[], query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await query(ids.slice(i, i + 500))));
  return out;
}

/** The names of the records the events point to, read in one query per kind of record (and chunk). */
async function namesOf(db: Db, rows: AuditRow[], locale: Locale, t: Translate): Promise<Named> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.targetType === type && r.targetId).map((r) => r.targetId!))];
  const names: Named = new Map();
  const put = (type: string, id: string, name: string) => names.set(`${type}:${id}`, name);

  const [roadmaps, versions, actions, objectives, recommendations, assessments, responses, findings, entities, invitations, users, attachments, frameworks, comments] = await Promise.all([
    chunked(ids('Roadmap'), (c) => db.roadmap.findMany({ where: { id: { in: c } }, select: { id: true, title: true } })),
    chunked(ids('RoadmapVersion'), (c) => db.roadmapVersion.findMany({ where: { id: { in: c } }, select: { id: true, number: true, roadmap: { select: { title: true } } } })),
    chunked(ids('Action'), (c) => db.action.findMany({ where: { id: { in: c } }, select: { id: true, title: true } })),
    chunked(ids('Objective'), (c) => db.objective.findMany({ where: { id: { in: c } }, select: { id: true, title: true } })),
    chunked(ids('Recommendation'), (c) => db.recommendation.findMany({ where: { id: { in: c } }, select: { id: true, text: true } })),
    chunked(ids('Assessment'), (c) => db.assessment.findMany({ where: { id: { in: c } }, select: { id: true, title: true } })),
    chunked(ids('Response'), (c) => db.response.findMany({ where: { id: { in: c } }, select: { id: true, question: { select: { code: true } }, entity: { select: { nameFr: true, nameEn: true, acronym: true } } } })),
    chunked(ids('Finding'), (c) => db.finding.findMany({ where: { id: { in: c } }, select: { id: true, question: { select: { code: true } } } })),
    chunked(ids('Entity'), (c) => db.entity.findMany({ where: { id: { in: c } }, select: { id: true, nameFr: true, nameEn: true } })),
    chunked(ids('Invitation'), (c) => db.invitation.findMany({ where: { id: { in: c } }, select: { id: true, email: true } })),
    chunked(ids('User'), (c) => db.user.findMany({ where: { id: { in: c } }, select: { id: true, name: true } })),
    chunked(ids('Attachment'), (c) => db.attachment.findMany({ where: { id: { in: c } }, select: { id: true, filename: true } })),
    chunked(ids('FrameworkVersion'), (c) => db.frameworkVersion.findMany({ where: { id: { in: c } }, select: { id: true, titleFr: true, titleEn: true, version: true } })),
    chunked(ids('Comment'), (c) => db.comment.findMany({ where: { id: { in: c } }, select: { id: true, targetType: true, targetId: true, roadmap: { select: { title: true } } } })),
  ]);
  for (const r of roadmaps) put('Roadmap', r.id, t('audit.record.roadmap', { title: clip(r.title) }));
  for (const v of versions) put('RoadmapVersion', v.id, t('audit.record.version', { number: v.number, title: clip(v.roadmap.title) }));
  for (const a of actions) put('Action', a.id, t('audit.record.action', { title: clip(a.title) }));
  for (const o of objectives) put('Objective', o.id, t('audit.record.objective', { title: clip(o.title) }));
  for (const r of recommendations) put('Recommendation', r.id, t('audit.record.recommendation', { title: clip(r.text) }));
  for (const a of assessments) put('Assessment', a.id, t('audit.record.assessment', { title: clip(a.title) }));
  for (const r of responses) put('Response', r.id, t('audit.record.response', { code: r.question.code, entity: r.entity.acronym ?? inLocale(locale, r.entity, 'name') }));
  for (const f of findings) put('Finding', f.id, t('audit.record.finding', { code: f.question.code }));
  for (const e of entities) put('Entity', e.id, inLocale(locale, e, 'name'));
  for (const i of invitations) put('Invitation', i.id, t('audit.record.invitation', { email: i.email }));
  for (const u of users) put('User', u.id, t('audit.record.user', { name: u.name }));
  for (const a of attachments) put('Attachment', a.id, t('audit.record.attachment', { name: a.filename }));
  for (const f of frameworks) put('FrameworkVersion', f.id, t('audit.record.framework', { title: clip(inLocale(locale, f, 'title')), version: f.version }));
  // A country is named by its ISO code, in the reader's language.
  for (const c of await chunked(ids('Country'), (ch) => db.country.findMany({ where: { id: { in: ch } }, select: { id: true, code: true } }))) put('Country', c.id, countryName(c.code, locale));

  // A comment is named by what it comments on: read those targets too.
  const on = (kind: string) => comments.filter((c) => c.targetType === kind && c.targetId).map((c) => c.targetId!);
  const [cActions, cObjectives, cRecommendations] = await Promise.all([
    chunked(on('ACTION'), (c) => db.action.findMany({ where: { id: { in: c } }, select: { id: true, title: true } })),
    chunked(on('OBJECTIVE'), (c) => db.objective.findMany({ where: { id: { in: c } }, select: { id: true, title: true } })),
    chunked(on('RECOMMENDATION'), (c) => db.recommendation.findMany({ where: { id: { in: c } }, select: { id: true, text: true } })),
  ]);
  const title = new Map<string, string>([...cActions.map((a) => [a.id, a.title] as const), ...cObjectives.map((o) => [o.id, o.title] as const), ...cRecommendations.map((r) => [r.id, r.text] as const)]);
  for (const c of comments) {
    const target = c.targetId ? title.get(c.targetId) : undefined;
    put('Comment', c.id, t(`audit.record.commentOn${c.targetType}`, { title: clip(target ?? c.roadmap.title) }));
  }
  return names;
}

/** A value as words: enumerations through the catalog, lists by their size, long texts cut. */
function valueText(t: Translate, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return t(v ? 'audit.value.yes' : 'audit.value.no');
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return t('audit.value.items', { count: v.length });
  if (typeof v === 'object') return t('audit.value.items', { count: Object.keys(v as object).length });
  const s = String(v);
  if (/^[A-Z][A-Z_]+$/.test(s)) return maybe(t, `audit.value.${s}`) ?? s;
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) return s.slice(0, 10);
  return clip(s);
}

const HIDDEN = new Set(['id', 'version', 'contentHash', 'integrity', 'targetId', 'targetType', 'roadmapId', 'assessmentId', 'entityId', 'questionId', 'countryId']);

function fieldName(t: Translate, key: string) {
  return maybe(t, `audit.field.${key}`) ?? maybe(t, `diffField.${key}`);
}

/** What changed, field by field, between the event's before and after (objects only). */
function changesOf(t: Translate, before: unknown, after: unknown): AuditChange[] {
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const b = obj(before);
  const a = obj(after);
  const out: AuditChange[] = [];
  if (Array.isArray(after)) out.push({ field: t('audit.field.order'), before: valueText(t, before), after: valueText(t, after) });
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (HIDDEN.has(key) || /Id$|Ids$/.test(key)) continue;
    if (JSON.stringify(b[key]) === JSON.stringify(a[key])) continue;
    const field = fieldName(t, key);
    // A field the catalog does not name is an internal one: the CSV keeps it.
    if (!field) continue;
    out.push({ field, before: key in b ? valueText(t, b[key]) : '—', after: key in a ? valueText(t, a[key]) : '—' });
  }
  return out;
}

export async function describeAuditRows(db: Db, rows: AuditRow[], locale: Locale): Promise<Map<string, AuditDescription>> {
  const t = translator(locale);
  const names = await namesOf(db, rows, locale, t);
  const out = new Map<string, AuditDescription>();
  for (const r of rows) {
    const action = maybe(t, `audit.actions.${r.action}`) ?? t('audit.actions.other');
    const before = r.before as Record<string, unknown> | null;
    const after = r.after as Record<string, unknown> | null;
    // A deleted record keeps its title in the event.
    const kept = (before && typeof before === 'object' && typeof before.title === 'string' ? before.title : null) ?? (after && typeof after === 'object' && typeof after.title === 'string' ? after.title : null);
    const kind = maybe(t, `audit.kind.${r.targetType}`) ?? t('audit.kind.other');
    const record = (r.targetId && names.get(`${r.targetType}:${r.targetId}`)) ?? (kept ? t('audit.record.named', { kind, title: clip(kept) }) : kind);
    const saveFields = r.saves.map((s) => s.fields.map((f) => fieldName(t, f) ?? t('audit.field.other')));
    out.set(r.id, { action, record, changes: changesOf(t, r.before, r.after), saveFields });
  }
  return out;
}
