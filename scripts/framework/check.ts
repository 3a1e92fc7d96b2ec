// npm run framework:check [-- <folder or file>...]: validates every framework version under
// content/frameworks (or the folders and files given) and prints each problem with its file
// and the path inside it. Exits non-zero on any problem. Paragraphs of the dispositive that
// no question covers are reported as warnings, and the paragraph numbers not verified against
// the official text are listed.
import { computeCoverage } from '../../lib/framework/compute-coverage';
import { contentHash } from '../../lib/framework/content-hash';
import { describeProblem } from '../../lib/framework/describe-problem';
import { unverifiedNumbers } from '../../lib/framework/paragraph-check';
import { CONTENT_ROOT } from '../../lib/framework/find-framework-folders';
import { translator } from '../../lib/i18n/translate';
import { runCli } from '../cli';
import { fileOf, readTargets } from './targets';

runCli(async () => {
  const args = process.argv.slice(2);
  const targets = readTargets(args.length ? args : [CONTENT_ROOT]);
  const t = translator('en', 'framework');
  let problems = 0;
  for (const target of targets) {
    const r = target.result;
    if (!r.ok) {
      problems += r.problems.length;
      for (const p of r.problems) console.error(describeProblem({ ...p, file: fileOf(target, p.file) }, t));
      continue;
    }
    const { framework, areas } = r.content;
    const questions = areas.reduce((n, a) => n + a.questions.length, 0);
    console.log(`ok ${target.label}: ${framework.slug} ${framework.version}, ${areas.length} areas, ${questions} questions (content hash ${contentHash(r.content).slice(0, 12)})`);
    for (const instrument of computeCoverage(r.content)) {
      for (const row of instrument.rows.filter((x) => !x.covered)) console.log(`  warning: ${row.key} (${instrument.symbol}) is covered by no question`);
    }
    // Shown as "to be confirmed" in the explorer and the roadmap's annex until checked.
    const unverified = unverifiedNumbers(r.content);
    if (unverified.length) console.log(`  ${unverified.length} paragraph number${unverified.length === 1 ? '' : 's'} not verified against the official text:`);
    for (const u of unverified) console.log(`    ${u.key}  no. ${u.number} of ${u.symbol}, ${u.subject?.en ?? 'no subject'} (${u.source ?? 'no source given'})`);
  }
  if (problems) throw new Error(`${problems} problem${problems === 1 ? '' : 's'} found`);
});
