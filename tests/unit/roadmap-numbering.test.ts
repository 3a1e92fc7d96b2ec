import { expect, test } from 'vitest';
import { numberRoadmap, renumberActions } from '@/lib/roadmap/numbering';

const tree = {
  objectives: [{ id: 'o2', order: 5 }, { id: 'o1', order: 1 }],
  recommendations: [
    { id: 'r3', order: 1, objectiveId: 'o2' },
    { id: 'r1', order: 2, objectiveId: 'o1' },
    { id: 'r2', order: 7, objectiveId: 'o1' },
    { id: 'rx', order: 3, objectiveId: null },
  ],
  actions: [
    { id: 'a4', order: 1, objectiveId: 'o2', recommendationId: 'r3' },
    { id: 'a2', order: 2, objectiveId: 'o1', recommendationId: 'r2' },
    { id: 'a1', order: 3, objectiveId: 'o1', recommendationId: 'r1' },
    { id: 'a3', order: 4, objectiveId: 'o1', recommendationId: 'r2' },
    { id: 'a5', order: 5, objectiveId: 'o1', recommendationId: null },
    { id: 'a6', order: 6, objectiveId: null, recommendationId: null },
  ],
};

test('objectives, recommendations and actions get one three-level numbering in document order', () => {
  const n = numberRoadmap(tree);
  expect(n.objectives.map(n.code)).toEqual(['1', '2']);
  expect(n.recommendations.map((id) => `${id}=${n.code(id)}`)).toEqual(['r1=1.1', 'r2=1.2', 'r3=2.1', 'rx=0.1']);
  expect(n.actions.map((id) => `${id}=${n.code(id)}`)).toEqual(['a1=1.1.1', 'a2=1.2.1', 'a3=1.2.2', 'a5=1.0.1', 'a4=2.1.1', 'a6=0.0.1']);
  expect(n.code('missing')).toBeUndefined();
});

test('moving an action among its siblings renumbers them and keeps the parent', () => {
  const rows = [{ id: 'a3', code: '1.2.2' }, { id: 'a2', code: '1.2.1' }, { id: 'a4', code: '2.1.1' }];
  expect(renumberActions(rows).map((r) => r.code)).toEqual(['1.2.1', '1.2.2', '2.1.1']);
});
