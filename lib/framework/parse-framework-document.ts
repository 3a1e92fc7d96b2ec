import { formatPath } from './problems';
import { readYaml } from './read-yaml';
import { validateFramework, type Validation } from './validate-framework';

/** Far above a real framework (60 questions in both languages are about 300 kB of YAML). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/**
 * Reads a framework sent as one document, YAML or JSON: { framework, instruments, areas },
 * the three parts of a content folder in one file. Problems name `file` and the path from
 * the document's root (`areas[0].questions[2].levels`).
 */
export function parseFrameworkDocument(text: string, file: string): Validation {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DOCUMENT_BYTES) {
    return { ok: false, problems: [{ file, path: '', code: 'fileTooLarge', params: { size: bytes, maximum: MAX_DOCUMENT_BYTES } }] };
  }
  const read = readYaml(text, file);
  if (!read.ok) return read;
  return validateFramework(read.value, (p) => ({ file, path: formatPath(p) }));
}
