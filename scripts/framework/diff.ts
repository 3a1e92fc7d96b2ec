// npm run framework:diff -- <slug> <from-version> <to-version> [--db]: what changed between
// two versions of a framework. Each version is read from content/frameworks/<slug>/<version>
// when that folder exists, else from DATABASE_URL (always from the database with --db).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createClient, type PrismaClient } from '../../lib/db/client';
import { describeProblem } from '../../lib/framework/describe-problem';
import { diffVersions, type FrameworkDiff, type TextChange } from '../../lib/framework/diff-versions';
import { CONTENT_ROOT } from '../../lib/framework/find-framework-folders';
import { getFrameworkVersion } from '../../lib/framework/get-framework-version';
import { loadFramework } from '../../lib/framework/load-framework';
import type { FrameworkContent } from '../../lib/framework/schema';
import { translator } from '../../lib/i18n/translate';
import { runCli } from '../cli';

const t = translator('en', 'framework');

async function read(slug: string, version: string, fromDb: boolean, db: () => PrismaClient): Promise<{ content: FrameworkContent; source: string }> {
  const dir = path.join(CONTENT_ROOT, slug, version);
  if (!fromDb && existsSync(dir)) {
    const r = loadFramework(dir);
    if (!r.ok) throw new Error(`${path.relative(process.cwd(), dir)} is invalid:\n${r.problems.map((p) => describeProblem(p, t)).join('\n')}`);
    return { content: r.content, source: path.relative(process.cwd(), dir) };
  }
  const stored = await getFrameworkVersion(db(), slug, version);
  if (!stored) throw new Error(`${slug} ${version}: no folder ${path.relative(process.cwd(), dir)} and not in the database`);
  return { content: stored.content, source: 'database' };
}

/** [-removed-]{+added+}, as git diff --word-diff prints it. */
const words = (c: TextChange) => c.words.map((w) => (w.added ? `{+${w.text}+}` : w.removed ? `[-${w.text}-]` : w.text)).join('');

function printDiff(d: FrameworkDiff) {
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push('', title, ...lines);
  };
  section(t('diff.areasAdded', { count: d.areas.added.length }), d.areas.added.map((a) => `  + ${a.code}  ${a.title.en}`));
  section(t('diff.areasRemoved', { count: d.areas.removed.length }), d.areas.removed.map((a) => `  - ${a.code}  ${a.title.en}`));
  section(t('diff.paragraphsAdded', { count: d.paragraphs.added.length }), d.paragraphs.added.map((p) => `  + ${p.key}`));
  section(t('diff.paragraphsRemoved', { count: d.paragraphs.removed.length }), d.paragraphs.removed.map((p) => `  - ${p.key}`));
  section(t('diff.questionsAdded', { count: d.questions.added.length }), d.questions.added.map((q) => `  + ${q.code}  ${q.text.en}`));
  section(t('diff.questionsRemoved', { count: d.questions.removed.length }), d.questions.removed.map((q) => `  - ${q.code}  ${q.text.en}`));
  section(
    t('diff.questionsChanged', { count: d.questions.changed.length }),
    d.questions.changed.flatMap((q) => [
      `  ~ ${q.code}`,
      ...q.text.map((c) => `      ${t('diff.reworded', { lang: t(`lang.${c.lang}`) })}: ${words(c)}`),
      ...(q.guidance.length ? [`      ${t('diff.guidance', { langs: q.guidance.map((l) => t(`lang.${l}`)).join(', ') })}`] : []),
      ...(q.levels.length ? [`      ${t('diff.levels', { levels: q.levels.length, list: q.levels.join(', ') })}`] : []),
      ...(q.lens ? [`      ${t('diff.lens', { before: q.lens.before, after: q.lens.after })}`] : []),
      ...(q.area ? [`      ${t('diff.movedArea', q.area)}`] : []),
      ...(q.references.added.length ? [`      ${t('diff.referencesAdded', { list: q.references.added.join(', ') })}`] : []),
      ...(q.references.removed.length ? [`      ${t('diff.referencesRemoved', { list: q.references.removed.join(', ') })}`] : []),
    ]),
  );
  if (d.carryOver) {
    const by = (r: string) => d.carryOver!.questions.filter((q) => q.relation === r);
    out.push('', t('diff.carryOverTitle', { from: d.from.version, count: d.carryOver.questions.length }));
    for (const relation of ['same', 'reworded', 'split', 'merged', 'new'] as const) {
      const list = by(relation);
      if (!list.length) continue;
      out.push(`  ${t(`diff.relation.${relation}`)} (${list.length}): ${t(`diff.relationMeaning.${relation}`)}`);
      // a question that keeps its code and its one source is listed by code; the others say where they come from
      const plain = list.filter((q) => q.from.length <= 1 && (q.from[0] ?? q.code) === q.code).map((q) => q.code);
      if (plain.length) out.push(`    ${plain.join(', ')}`);
      out.push(...list.filter((q) => !plain.includes(q.code)).map((q) => `    ${q.code} <- ${q.from.join(' + ')}`));
    }
    if (d.carryOver.retired.length) {
      out.push(`  ${t('diff.retired', { count: d.carryOver.retired.length })}`, ...d.carryOver.retired.map((q) => `    ${q.code}  ${q.text.en}`));
    }
  }
  section(t('diff.actionsAdded', { count: d.actions.added.length }), d.actions.added.map((a) => `  + ${a.code}  ${a.title.en}`));
  section(t('diff.actionsRemoved', { count: d.actions.removed.length }), d.actions.removed.map((a) => `  - ${a.code}  ${a.title.en}`));
  section(t('diff.actionsChanged', { count: d.actions.changed.length }), d.actions.changed.map((a) => `  ~ ${a.code}  ${t('diff.fields', { list: a.fields.join(', ') })}`));
  if (d.same) out.push('', t('diff.same'));
  else if (out.length === 0) out.push('', t('diff.noQuestionChange'));
  return out.join('\n');
}

runCli(async () => {
  const args = process.argv.slice(2).filter((a) => a !== '--db');
  const fromDb = process.argv.includes('--db');
  if (args.length !== 3) throw new Error('usage: npm run framework:diff -- <slug> <from-version> <to-version> [--db]');
  const [slug, from, to] = args;
  let client: PrismaClient | undefined;
  const db = () => (client ??= createClient());
  try {
    const a = await read(slug, from, fromDb, db);
    const b = await read(slug, to, fromDb, db);
    console.log(`${slug} ${from} (${a.source}) -> ${to} (${b.source})`);
    console.log(printDiff(diffVersions(a.content, b.content)));
  } finally {
    await client?.$disconnect();
  }
});
