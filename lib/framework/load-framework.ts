import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatPath, type Locate, type Problem } from './problems';
import { readYaml } from './read-yaml';
import { validateFramework, type Validation } from './validate-framework';

export const FRAMEWORK_FILE = 'framework.yaml';
export const INSTRUMENTS_FILE = 'instruments.yaml';
export const AREAS_DIR = 'areas';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads one version folder (content/frameworks/<slug>/<version>/: framework.yaml,
 * instruments.yaml, areas/*.yaml) and validates it as one document. Problems name the file
 * relative to the folder (`areas/01-gov.yaml`) and the path inside it (`questions[2].levels`).
 */
export function loadFramework(dir: string): Validation {
  const problems: Problem[] = [];
  const unreadable = new Set<string>();

  const read = (file: string): unknown => {
    const full = path.join(dir, file);
    if (!existsSync(full)) {
      problems.push({ file, path: '', code: 'missingFile', params: { file } });
      unreadable.add(file);
      return undefined;
    }
    const r = readYaml(readFileSync(full, 'utf8'), file);
    if (r.ok) return r.value;
    problems.push(...r.problems);
    unreadable.add(file);
    return undefined;
  };

  const framework = read(FRAMEWORK_FILE);

  const instrumentsFile = read(INSTRUMENTS_FILE);
  let instruments: unknown;
  if (isObj(instrumentsFile)) {
    instruments = instrumentsFile.instruments;
    const extra = Object.keys(instrumentsFile).filter((k) => k !== 'instruments');
    if (extra.length) problems.push({ file: INSTRUMENTS_FILE, path: '', code: 'unknownKey', params: { keys: extra.join(', ') } });
    if (instruments === undefined) problems.push({ file: INSTRUMENTS_FILE, path: '', code: 'required', params: { field: 'instruments' } });
  } else if (!unreadable.has(INSTRUMENTS_FILE)) {
    problems.push({ file: INSTRUMENTS_FILE, path: '', code: 'required', params: { field: 'instruments' } });
  }

  const areasDir = path.join(dir, AREAS_DIR);
  const names = existsSync(areasDir) && statSync(areasDir).isDirectory()
    ? readdirSync(areasDir).filter((f) => /\.ya?ml$/.test(f)).sort()
    : [];
  if (!names.length) {
    problems.push({ file: `${AREAS_DIR}/`, path: '', code: 'noAreas', params: {} });
    unreadable.add(`${AREAS_DIR}/`);
  }
  const areaFiles: string[] = [];
  const areas: unknown[] = [];
  for (const name of names) {
    const file = `${AREAS_DIR}/${name}`;
    const value = read(file);
    if (unreadable.has(file)) continue;
    areaFiles.push(file);
    areas.push(value);
  }

  // The folder names are what addresses and the import use: they must agree with the file.
  if (isObj(framework)) {
    const version = path.basename(path.resolve(dir));
    const slug = path.basename(path.dirname(path.resolve(dir)));
    if (typeof framework.version === 'string' && framework.version !== version) {
      problems.push({ file: FRAMEWORK_FILE, path: 'version', code: 'folderMismatch', params: { field: 'version', value: framework.version, folder: version } });
    }
    if (typeof framework.slug === 'string' && framework.slug !== slug) {
      problems.push({ file: FRAMEWORK_FILE, path: 'slug', code: 'folderMismatch', params: { field: 'slug', value: framework.slug, folder: slug } });
    }
  }

  const locate: Locate = (p) => {
    if (p[0] === 'framework') return { file: FRAMEWORK_FILE, path: formatPath(p.slice(1)) };
    if (p[0] === 'instruments') return { file: INSTRUMENTS_FILE, path: formatPath(p) };
    if (p[0] === 'areas' && typeof p[1] === 'number') return { file: areaFiles[p[1]] ?? `${AREAS_DIR}/`, path: formatPath(p.slice(2)) };
    if (p[0] === 'areas') return { file: `${AREAS_DIR}/`, path: '' };
    return { file: '.', path: formatPath(p) };
  };
  const result = validateFramework({ framework, instruments, areas }, locate, problems);
  if (result.ok) return result;
  // A file that could not be read is reported once, not again as "missing" by the schema,
  // nor through every reference that could not be resolved without it.
  const own = new Set(['yaml', 'missingFile', 'noAreas']);
  const noInstruments = instruments === undefined;
  return {
    ok: false,
    problems: result.problems.filter(
      (p) => !(unreadable.has(p.file) && !own.has(p.code)) && !(noInstruments && (p.code === 'unknownInstrument' || p.code === 'unknownParagraph')),
    ),
  };
}
