// Reading rendered PDFs back as a person's tools would: poppler's pdftotext and pdffonts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * The share of a page's pixels in the watermark's pale red (the draft colour at 10 % over
 * white), rendered by pdftoppm at 20 dpi: the watermark is drawn as outlines, not text, so it
 * is looked for as a person sees it.
 */
export function watermarkShare(file: string, page: number): number {
  const ppm = execFileSync('pdftoppm', ['-r', '20', '-f', String(page), '-l', String(page), file], { maxBuffer: 16 * 1024 * 1024 });
  const header = ppm.subarray(0, 20).toString('latin1').split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = ppm.subarray(ppm.length - width * height * 3);
  let pale = 0;
  for (let i = 0; i < pixels.length; i += 3) {
    const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
    if (r > 240 && g > 222 && b > 222 && r - g >= 8 && r - g <= 26 && Math.abs(g - b) <= 6) pale++;
  }
  return pale / (width * height);
}

/** Every page as poppler draws it (pdftoppm, `dpi`), one PPM image per page, in order. */
export function pageImages(file: string, dpi = 40): Buffer[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'jalon-ppm-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), file, path.join(dir, 'p')]);
    return readdirSync(dir).sort().map((f) => readFileSync(path.join(dir, f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
