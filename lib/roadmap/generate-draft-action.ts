import { defineAction } from '../actions/define-action';
import { generateDraft } from './generate-draft';
import { generateDraftSchema } from './schemas';
import { roadmapScope } from './scope';

export const generateDraftAction = defineAction({
  name: 'roadmap.generate',
  input: generateDraftSchema,
  policy: 'roadmap.edit',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input) => generateDraft(ctx.db, input.roadmapId, ctx.audit),
});
