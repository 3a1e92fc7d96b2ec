// npm run framework:import [-- <folder or file>...]: imports framework versions into
// DATABASE_URL: version folders, folders holding versions (default content/frameworks), or
// one document file { framework, instruments, areas } in YAML or JSON. Everything is checked
// first: if any version has a problem, nothing is imported.
import { createClient } from '../../lib/db/client';
import { databaseUrl, redact } from '../../lib/db/url';
import { describeProblem } from '../../lib/framework/describe-problem';
import { CONTENT_ROOT } from '../../lib/framework/find-framework-folders';
import { importFramework } from '../../lib/framework/import-framework';
import { translator } from '../../lib/i18n/translate';
import { runCli } from '../cli';
import { fileOf, readTargets } from './targets';

runCli(async () => {
  const args = process.argv.slice(2);
  const targets = readTargets(args.length ? args : [CONTENT_ROOT]);
  const t = translator('en', 'framework');
  const invalid = targets.flatMap((target) => (target.result.ok ? [] : target.result.problems.map((p) => ({ ...p, file: fileOf(target, p.file) }))));
  if (invalid.length) {
    for (const p of invalid) console.error(describeProblem(p, t));
    throw new Error(`${invalid.length} problem${invalid.length === 1 ? '' : 's'} found: nothing imported`);
  }
  const db = createClient();
  let refused = 0;
  try {
    for (const target of targets) {
      if (!target.result.ok) continue;
      const { slug, version } = target.result.content.framework;
      const r = await importFramework(db, target.result.content);
      if (r.ok) console.log(`${r.data.status} ${slug} ${version} (${r.data.questions} questions) from ${target.label} into ${redact(databaseUrl())}`);
      else {
        refused++;
        console.error(`refused ${slug} ${version}: ${t(r.error.replace(/^framework\./, ''))}`);
      }
    }
  } finally {
    await db.$disconnect();
  }
  if (refused) throw new Error(`${refused} version${refused === 1 ? '' : 's'} refused`);
});
