import { expect, test } from 'vitest';
import { beninSnapshot } from '@/lib/pdf/fixtures/benin';
import { compareDocument, sides } from '@/lib/roadmap/compare-document';

test('the comparison reads the whole roadmap in order and marks added, removed, moved and edited items', () => {
  const a = beninSnapshot('fr');
  const b = structuredClone(a);
  const [first, second] = b.actions.filter((x) => x.recommendationId === a.actions[0].recommendationId);
  first.title = `${first.title} révisé`;
  // swap the first two actions of a recommendation: both moved
  [first.order, second.order] = [second.order, first.order];
  b.actions.push({ ...structuredClone(a.actions[0]), id: 'new-action', title: 'Nouvelle action', order: 999 });
  const gone = b.actions.findIndex((x) => x.id === a.actions.at(-1)!.id);
  b.actions.splice(gone, 1);
  b.roadmap.executiveSummary = `${a.roadmap.executiveSummary} Ajout.`;

  const c = compareDocument(a, b);
  expect(c.summary.action).toEqual({ added: 1, removed: 1, moved: 2, edited: 0 });
  expect(c.header.map((h) => h.field)).toEqual(['executiveSummary']);
  const byId = new Map(c.items.map((i) => [i.id, i]));
  expect(byId.get(first.id)).toMatchObject({ state: 'moved', fields: [{ field: 'title' }] });
  expect(byId.get('new-action')?.state).toBe('added');
  expect(byId.get(a.actions.at(-1)!.id)).toMatchObject({ state: 'removed', after: null });
  // reading order: every objective before its recommendations and actions
  const codes = c.items.map((i) => i.after ?? i.before!);
  expect(codes.slice(0, 3)).toEqual(['1', '1.1', '1.1.1']);
  expect(c.items.filter((i) => i.state === 'unchanged').length).toBeGreaterThan(10);

  const s = sides(byId.get(first.id)!.fields[0]);
  expect(s.before.map((w) => w.text).join('').trim()).toBe(a.actions.find((x) => x.id === first.id)!.title);
  expect(s.after.filter((w) => w.changed).map((w) => w.text.trim())).toEqual(['révisé']);
});
