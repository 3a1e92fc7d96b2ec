// Reading rendered PDFs back as a person's tools would: poppler's pdftotext and pdffonts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

export const PDF_OUT = path.join(ROOT, 'test-results', 'pdf');

export function savePdf(name: string, bytes: Uint8Array): string {
  mkdirSync(PDF_OUT, { recursive: true });
  const file = path.join(PDF_OUT, name);
  writeFileSync(file, bytes);
  return file;
}

/** The text of each page, in drawing order (pdftotext -raw), pages split on form feeds. */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

/** Text without spaces, line breaks or hyphens: what survives wrapping and hyphenation. */
export const squash = (s: string) => s.replace(/[\s\u00ad\u00a0\u202f-]+/g, '');

export function fonts(file: string): string {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' });
}
