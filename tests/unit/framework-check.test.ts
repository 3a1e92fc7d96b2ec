// The checker on the test framework and on broken copies of it: each kind of mistake an
// author can make is reported with its file, its path and a message that says what to fix.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { describeProblem } from '@/lib/framework/describe-problem';
import { loadFramework } from '@/lib/framework/load-framework';
import { parseFrameworkDocument } from '@/lib/framework/parse-framework-document';
import { translator } from '@/lib/i18n/translate';
import { brokenCopy, loadMini, MINI_1_0, type Edit } from '../helpers/framework-fixtures';
import { ROOT } from '../helpers/paths';

const en = translator('en', 'framework');
const fr = translator('fr', 'framework');
const copies: { dispose: () => void }[] = [];
afterEach(() => {
  for (const c of copies.splice(0)) c.dispose();
});

function check(edits: Edit[]) {
  const copy = brokenCopy(edits);
  copies.push(copy);
  const r = loadFramework(copy.dir);
  return r.ok ? [] : r.problems.map((p) => describeProblem(p, en));
}

test('the test framework is valid, with areas in order and defaults applied', () => {
  const content = loadMini();
  expect(content.areas.map((a) => a.code)).toEqual(['GOV', 'HRG']);
  expect(content.areas[0].crossCutting).toBe(false);
  expect(content.areas[1].crossCutting).toBe(true);
  expect(content.areas[0].questions[0].levels).toHaveLength(5);
});

describe('each kind of broken file is reported with its file and path', () => {
  test.each<[string, Edit[], string[]]>([
    [
      'a missing translation',
      [{ file: 'areas/01-gov.yaml', from: '      en: "Has the State adopted a national strategy for protecting critical infrastructure?"\n', to: '' }],
      ['areas/01-gov.yaml: questions[0].text.en: missing translation (en)'],
    ],
    [
      'an empty translation',
      [{ file: 'areas/02-hrg.yaml', from: 'fr: "Des mesures licites, proportionnées et inclusives."', to: 'fr: "  "' }],
      ['areas/02-hrg.yaml: purpose.fr: empty translation (fr)'],
    ],
    [
      'an unknown paragraph reference',
      [{ file: 'areas/01-gov.yaml', from: 'references: ["2341:OP1"]', to: 'references: ["2341:OP14"]' }],
      ['areas/01-gov.yaml: questions[1].references[0]: 2341:OP14: instrument 2341 has no paragraph OP14'],
    ],
    [
      'an unknown instrument',
      [{ file: 'areas/02-hrg.yaml', from: 'references: ["S/2018/1177:SEC-CI"]', to: 'references: ["2396:OP27"]' }],
      ['areas/02-hrg.yaml: questions[0].references[0]: 2396:OP27: no instrument has the code 2396'],
    ],
    [
      'a malformed reference',
      [{ file: 'areas/01-gov.yaml', from: 'references: ["2341:OP1"]', to: 'references: ["2341 OP1"]' }],
      ['areas/01-gov.yaml: questions[1].references[0]: expected a reference as instrument:paragraph, e.g. 2341:OP2 (“2341 OP1”)'],
    ],
    [
      'a duplicate question code, in another file',
      [{ file: 'areas/02-hrg.yaml', from: 'code: HRG-01\n', to: 'code: GOV-02\n' }],
      ['areas/02-hrg.yaml: questions[0].code: duplicate question code GOV-02 (first used at areas/01-gov.yaml: questions[1].code)'],
    ],
    [
      'a duplicate action code',
      [{ file: 'areas/01-gov.yaml', from: 'code: GOV-02-A1', to: 'code: GOV-01-A1' }],
      ['areas/01-gov.yaml: questions[1].actions[0].code: duplicate action code GOV-01-A1 (first used at questions[0].actions[0].code)'],
    ],
    [
      'a duplicate area code',
      [{ file: 'areas/02-hrg.yaml', from: 'code: HRG\n', to: 'code: GOV\n' }],
      ['areas/02-hrg.yaml: code: duplicate area code GOV (first used at areas/01-gov.yaml: code)'],
    ],
    [
      'a level descriptor missing',
      [{ file: 'areas/01-gov.yaml', from: '      - { fr: "Un programme évalué.", en: "An evaluated programme." }\n', to: '' }],
      ['areas/01-gov.yaml: questions[1].levels: expected 5 descriptors, got 4'],
    ],
    [
      'a suggested action whose levels are upside down',
      [{ file: 'areas/01-gov.yaml', from: 'minLevel: 0\n        maxLevel: 3', to: 'minLevel: 4\n        maxLevel: 3' }],
      ['areas/01-gov.yaml: questions[1].actions[0].minLevel: minLevel (4) is above maxLevel (3)'],
    ],
    [
      'a level out of the scale',
      [{ file: 'areas/01-gov.yaml', from: 'maxLevel: 3', to: 'maxLevel: 5' }],
      ['areas/01-gov.yaml: questions[1].actions[0].maxLevel: must be at most 4'],
    ],
    [
      'an unknown lead-entity kind',
      [{ file: 'areas/01-gov.yaml', from: 'leadKind: agency', to: 'leadKind: agence' }],
      ['areas/01-gov.yaml: questions[1].actions[0].leadKind: “agence” is not allowed; expected one of: ministry, agency, security_force, regulator, commission, judicial, soe, local_authority, intl'],
    ],
    [
      'a misspelt key',
      [{ file: 'areas/01-gov.yaml', from: '    guidance:\n      fr: "Rechercher', to: '    guidence:\n      fr: "Rechercher' }],
      ['areas/01-gov.yaml: questions[0]: unknown key: guidence', 'areas/01-gov.yaml: questions[0].guidance: guidance is missing'],
    ],
    [
      'bad YAML',
      [{ file: 'areas/02-hrg.yaml', from: '  en: "Human rights and gender (cross-cutting)"', to: '  en: "Human rights and gender (cross-cutting)' }],
      ['areas/02-hrg.yaml: invalid YAML or JSON (line 6, column 47): Missing closing "quote'],
    ],
    [
      'a duplicate key',
      [{ file: 'framework.yaml', from: 'slug: mini\n', to: 'slug: mini\nslug: other\n' }],
      ['framework.yaml: invalid YAML or JSON (line 3, column 1): Map keys must be unique'],
    ],
    [
      'a missing file',
      [{ file: 'instruments.yaml', remove: true }],
      ['instruments.yaml: the file instruments.yaml is missing'],
    ],
    [
      'a scale without level 4',
      [{ file: 'framework.yaml', from: '  - level: 4', to: '  - level: 3' }],
      ['framework.yaml: scale: the scale must have levels 0, 1, 2, 3 and 4, once each (found: 0, 1, 2, 3, 3)'],
    ],
    [
      'a version that does not match its folder',
      [{ file: 'framework.yaml', from: 'version: "1.0"', to: 'version: "1.2"' }],
      ['framework.yaml: version: version is “1.2” but the folder is named “1.0”'],
    ],
  ])('%s', (_name, edits, expected) => {
    expect(check(edits)).toEqual(expected);
  });
});

test('one run lists every problem of every file, in file order', () => {
  const problems = check([
    { file: 'areas/01-gov.yaml', from: 'references: ["2341:OP1"]', to: 'references: ["2341:OP14"]' },
    { file: 'areas/01-gov.yaml', from: '      - { fr: "Un programme évalué.", en: "An evaluated programme." }\n', to: '' },
    { file: 'areas/02-hrg.yaml', from: 'fr: "Des mesures licites, proportionnées et inclusives."', to: 'fr: ""' },
    { file: 'instruments.yaml', from: 'url: "https://undocs.org/S/2018/1177"', to: 'url: "undocs.org/S/2018/1177"' },
  ]);
  expect(problems).toEqual([
    'areas/01-gov.yaml: questions[1].levels: expected 5 descriptors, got 4',
    'areas/01-gov.yaml: questions[1].references[0]: 2341:OP14: instrument 2341 has no paragraph OP14',
    'areas/02-hrg.yaml: purpose.fr: empty translation (fr)',
    'instruments.yaml: instruments[1].url: expected an http(s) address (“undocs.org/S/2018/1177”)',
  ]);
});

test('problems read in French on the upload page', () => {
  const copy = brokenCopy([{ file: 'areas/01-gov.yaml', from: '      - { fr: "Un programme évalué.", en: "An evaluated programme." }\n', to: '' }]);
  copies.push(copy);
  const r = loadFramework(copy.dir);
  expect(r.ok ? [] : r.problems.map((p) => describeProblem(p, fr))).toEqual(['areas/01-gov.yaml: questions[1].levels: 5 descripteurs attendus, 4 trouvés']);
});

describe('one document (the upload page and framework:import of a file)', () => {
  const document = () => JSON.parse(JSON.stringify(loadMini()));

  test('a whole framework in one JSON or YAML document reads as the folder does', async () => {
    const { stringify } = await import('yaml');
    const json = parseFrameworkDocument(JSON.stringify(document()), 'mini.json');
    const yaml = parseFrameworkDocument(stringify(document()), 'mini.yaml');
    expect(json).toEqual({ ok: true, content: loadMini() });
    expect(yaml).toEqual({ ok: true, content: loadMini() });
  });

  test('problems name the file and the path from the document root', () => {
    const doc = document();
    doc.areas[1].questions[0].levels.pop();
    delete doc.instruments[0].paragraphs[1].summary.en;
    const r = parseFrameworkDocument(JSON.stringify(doc), 'upload.json');
    expect(r.ok ? [] : r.problems.map((p) => describeProblem(p, en))).toEqual([
      'upload.json: areas[1].questions[0].levels: expected 5 descriptors, got 4',
      'upload.json: instruments[0].paragraphs[1].summary.en: missing translation (en)',
    ]);
  });

  test('not a framework at all', () => {
    const r = parseFrameworkDocument('just: text', 'notes.yaml');
    expect(r.ok ? [] : r.problems.map((p) => describeProblem(p, en))).toEqual([
      'notes.yaml: unknown key: just',
      'notes.yaml: areas: areas is missing',
      'notes.yaml: framework: framework is missing',
      'notes.yaml: instruments: instruments is missing',
    ]);
  });
});

describe('npm run framework:check', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'framework', 'check.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  test('passes on a valid folder, warning about uncovered operative paragraphs', () => {
    const r = run(path.relative(ROOT, MINI_1_0));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('ok tests/fixtures/frameworks/mini/1.0: mini 1.0, 2 areas, 3 questions');
    expect(r.stdout).toContain('warning: 2341:OP3 (S/RES/2341 (2017)) is covered by no question');
  });

  test('fails on a broken folder and prints each problem with its file and path', () => {
    const copy = brokenCopy([
      { file: 'areas/01-gov.yaml', from: '      - { fr: "Un programme évalué.", en: "An evaluated programme." }\n', to: '' },
      { file: 'areas/02-hrg.yaml', from: 'references: ["S/2018/1177:SEC-CI"]', to: 'references: ["S/2018/1177:SEC-XX"]' },
    ]);
    copies.push(copy);
    const r = run(copy.root);
    expect(r.status).toBe(1);
    const dir = path.relative(ROOT, copy.dir);
    expect(r.stderr).toContain(`${dir}/areas/01-gov.yaml: questions[1].levels: expected 5 descriptors, got 4\n`);
    expect(r.stderr).toContain(`${dir}/areas/02-hrg.yaml: questions[0].references[0]: S/2018/1177:SEC-XX: instrument S/2018/1177 has no paragraph SEC-XX\n`);
    expect(r.stderr).toContain('error: 2 problems found');
  });
});
