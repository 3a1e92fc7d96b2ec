// The checks that look across the framework document: references resolve to a paragraph,
// codes are unique, each question has five level descriptors, action level ranges are sane.
// The schema runs them even when parts of the document are malformed (frameworkDocumentSchema),
// so they read the input defensively: anything that is not the expected shape is skipped
// here, the structural checks already report it.

export type IssueSink = {
  addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[]; params?: Record<string, unknown> }): void;
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/** Reports a second use of a code, pointing back to where it was first used. */
function uniqueCodes(ctx: IssueSink, kind: string) {
  const seen = new Map<string, PropertyKey[]>();
  return (value: string | null, path: PropertyKey[]) => {
    if (value === null) return;
    const first = seen.get(value);
    if (first) ctx.addIssue({ code: 'custom', message: 'duplicateCode', path, params: { kind, code: value, otherPath: first } });
    else seen.set(value, path);
  };
}

export function crossCheck(doc: unknown, ctx: IssueSink) {
  if (!isObj(doc)) return;

  if (isObj(doc.framework) && Array.isArray(doc.framework.scale)) {
    const levels = doc.framework.scale.map((s) => (isObj(s) ? int(s.level) : null));
    const expected = [0, 1, 2, 3, 4];
    if (levels.length !== 5 || expected.some((l) => !levels.includes(l))) {
      ctx.addIssue({ code: 'custom', message: 'scaleLevels', path: ['framework', 'scale'], params: { got: levels.map((l) => l ?? '?').join(', ') } });
    }
  }

  // The paragraphs a reference may name: "2341" -> {"OP1", "OP2", ...}
  const paragraphs = new Map<string, Set<string>>();
  const instrumentCode = uniqueCodes(ctx, 'instrument');
  list(doc.instruments).forEach((instrument, i) => {
    if (!isObj(instrument)) return;
    const code = str(instrument.code);
    instrumentCode(code, ['instruments', i, 'code']);
    const refs = new Set<string>();
    const paragraphRef = uniqueCodes(ctx, 'paragraph');
    list(instrument.paragraphs).forEach((p, j) => {
      const ref = isObj(p) ? str(p.ref) : null;
      paragraphRef(ref, ['instruments', i, 'paragraphs', j, 'ref']);
      if (ref) refs.add(ref);
    });
    if (code && !paragraphs.has(code)) paragraphs.set(code, refs);
  });

  // Once a document says of one numbered paragraph whether its number was checked, it says it
  // of all of them (older content, without the field, is read as unverified: paragraph-check.ts).
  const numbered = list(doc.instruments).flatMap((instrument, i) =>
    isObj(instrument) ? list(instrument.paragraphs).map((p, j) => ({ p, at: ['instruments', i, 'paragraphs', j] })) : [],
  ).filter(({ p }) => isObj(p) && int(p.number) !== null) as { p: Obj; at: PropertyKey[] }[];
  if (numbered.some(({ p }) => p.numberCheck != null)) {
    for (const { p, at } of numbered) if (p.numberCheck == null) ctx.addIssue({ code: 'custom', message: 'numberCheckMissing', path: [...at, 'numberCheck'] });
  }

  const previous = isObj(doc.framework) ? str(doc.framework.previous) : null;
  const areaCode = uniqueCodes(ctx, 'area');
  const areaOrder = new Map<number, PropertyKey[]>();
  const questionCode = uniqueCodes(ctx, 'question');
  const actionCode = uniqueCodes(ctx, 'action');
  list(doc.areas).forEach((area, a) => {
    if (!isObj(area)) return;
    areaCode(str(area.code), ['areas', a, 'code']);
    const order = int(area.order);
    if (order !== null) {
      const first = areaOrder.get(order);
      if (first) ctx.addIssue({ code: 'custom', message: 'duplicateOrder', path: ['areas', a, 'order'], params: { order, otherPath: first } });
      else areaOrder.set(order, ['areas', a, 'order']);
    }

    list(area.questions).forEach((question, q) => {
      if (!isObj(question)) return;
      const at = ['areas', a, 'questions', q];
      questionCode(str(question.code), [...at, 'code']);
      checkFrom(ctx, question.from, previous, [...at, 'from']);

      if (Array.isArray(question.levels) && question.levels.length !== 5) {
        ctx.addIssue({ code: 'custom', message: 'levelsCount', path: [...at, 'levels'], params: { expected: 5, got: question.levels.length } });
      }

      const cited = new Set<string>();
      list(question.references).forEach((reference, r) => {
        const text = str(reference);
        const match = text?.match(/^([^\s:]+):([^\s:]+)$/);
        if (!text || !match) return; // the schema reports the format
        const path = [...at, 'references', r];
        if (cited.has(text)) ctx.addIssue({ code: 'custom', message: 'duplicateReference', path, params: { reference: text } });
        cited.add(text);
        const refs = paragraphs.get(match[1]);
        if (!refs) ctx.addIssue({ code: 'custom', message: 'unknownInstrument', path, params: { reference: text, instrument: match[1] } });
        else if (!refs.has(match[2])) ctx.addIssue({ code: 'custom', message: 'unknownParagraph', path, params: { reference: text, instrument: match[1], paragraph: match[2] } });
      });

      list(question.actions).forEach((action, k) => {
        if (!isObj(action)) return;
        const path = [...at, 'actions', k];
        actionCode(str(action.code), [...path, 'code']);
        const min = int(action.minLevel);
        const max = int(action.maxLevel);
        if (min !== null && max !== null && min > max) {
          ctx.addIssue({ code: 'custom', message: 'levelRange', path: [...path, 'minLevel'], params: { minLevel: min, maxLevel: max } });
        }
      });
    });
  });
}

/** How many questions of the previous version each relation names. */
const FROM_COUNT: Record<string, [number, number]> = { same: [1, 1], reworded: [1, 1], split: [1, 1], merged: [2, Infinity], new: [0, 0] };

/** A version that follows another says, for each question, where its answers come from. */
function checkFrom(ctx: IssueSink, from: unknown, previous: string | null, path: PropertyKey[]) {
  if (from == null) {
    if (previous) ctx.addIssue({ code: 'custom', message: 'fromMissing', path, params: { previous } });
    return;
  }
  if (!isObj(from)) return;
  if (!previous) {
    ctx.addIssue({ code: 'custom', message: 'fromWithoutPrevious', path });
    return;
  }
  const relation = str(from.relation);
  const bounds = relation ? FROM_COUNT[relation] : undefined;
  const count = list(from.questions).length;
  if (relation && bounds && (count < bounds[0] || count > bounds[1])) {
    ctx.addIssue({ code: 'custom', message: 'fromCount', path: [...path, 'questions'], params: { relation, got: count } });
  }
}
