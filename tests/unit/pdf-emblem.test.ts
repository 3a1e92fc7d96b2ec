// The emblem on the roadmap's cover, read back from the PDF: an image of the stored size
// (pdfimages), a Figure with its alternative text in the structure tree (pdf.js); without an
// emblem, no image, no figure and nothing drawn where it would stand (the page's pixels).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { redrawEmblem } from '@/lib/country/emblem-image';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { renderRoadmapPdf } from '@/lib/pdf/render';
import { renderPart } from '@/lib/pdf/render-section';
import { emblemSize } from '@/lib/pdf/sections/cover';
import type { CoverEmblem, PdfLocale, RoadmapDocument } from '@/lib/pdf/types';
import { findRoles, readStructure } from '../helpers/pdf-structure';
import { PDF_OUT, savePdf } from '../helpers/pdf-text';

/** Close enough: the page is resampled when it is turned into pixels. */
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 4);
const cover = async (doc: RoadmapDocument) => (await renderPart(doc, ['cover'])).bytes;

const SHIELD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/emblems/shield.svg'));

/** pdfimages -list of one page: the image rows (not their soft masks). */
function images(file: string, page: number) {
  const out = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  return out.split('\n').slice(2).map((l) => l.trim().split(/\s+/)).filter((c) => c.length > 4)
    .map((c) => ({ type: c[2], width: Number(c[3]), height: Number(c[4]), color: c[5] }));
}

/** The cover at 72 dpi (one pixel a point), as raw RGB. */
async function coverPixels(file: string) {
  const prefix = path.join(PDF_OUT, path.basename(file, '.pdf'));
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '72', '-png', '-singlefile', file, prefix]);
  return sharp(`${prefix}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

let emblem: CoverEmblem;
beforeAll(async () => {
  const r = await redrawEmblem(SHIELD);
  if (!r.ok) throw new Error(r.error);
  emblem = { png: r.emblem.png, width: r.emblem.width, height: r.emblem.height, sha256: r.emblem.sha256 };
});

describe.each([['fr', 'Emblème national : République du Bénin'], ['en', 'National emblem: Republic of Benin']] as const)('the cover in %s', (locale: PdfLocale, alt: string) => {
  let withFile: string;
  let withoutFile: string;
  beforeAll(async () => {
    withFile = savePdf(`cover-emblem-${locale}.pdf`, await cover({ ...beninDocument(locale), emblem }));
    withoutFile = savePdf(`cover-no-emblem-${locale}.pdf`, await cover(beninDocument(locale)));
  }, 120_000);

  test('with an emblem: one image of the stored size on the cover, with its transparency, a Figure named by the country', async () => {
    expect(images(withFile, 1)).toEqual([
      { type: 'image', width: emblem.width, height: emblem.height, color: 'rgb' },
      { type: 'smask', width: emblem.width, height: emblem.height, color: 'gray' },
    ]);
    const [cover] = await readStructure(withFile);
    const figures = findRoles(cover.tree, 'Figure');
    expect(figures.map((f) => f.alt)).toEqual([alt]);
  });

  test('without one: no image and no figure on the cover, and the navy band is plain where the emblem would be', async () => {
    expect(images(withoutFile, 1)).toEqual([]);
    const [cover] = await readStructure(withoutFile);
    expect(findRoles(cover.tree, 'Figure')).toEqual([]);
    // The emblem's box starts at (56, 40) pt: every pixel of it is the band's navy, no outline.
    const size = emblemSize(emblem);
    const { data, info } = await coverPixels(withoutFile);
    const colours = new Set<string>();
    for (let y = 40; y < 40 + size.height; y++) {
      for (let x = 56; x < 56 + size.width; x++) {
        const at = (y * info.width + x) * info.channels;
        colours.add(`${data[at]},${data[at + 1]},${data[at + 2]}`);
      }
    }
    expect([...colours].every((c) => near(c.split(',').map(Number), [11, 45, 79]))).toBe(true); // #0B2D4F, no outline
    // With the emblem, the same box holds its green.
    const drawn = await coverPixels(withFile);
    const mid = ((40 + Math.round(size.height / 2)) * drawn.info.width + 56 + Math.round(size.width / 5)) * drawn.info.channels;
    expect(near([...drawn.data.subarray(mid, mid + 3)], [0, 135, 81])).toBe(true);
  });

  test('the title stays where it was, with or without the emblem', () => {
    const firstWords = (file: string) => execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', file, '-'], { encoding: 'utf8' })
      .split('\n').filter((l) => l.includes('<word')).slice(0, 4).map((l) => l.replace(/"(\d+\.\d+)"/g, (_, n: string) => `"${Math.round(Number(n))}"`));
    expect(firstWords(withFile)).toEqual(firstWords(withoutFile));
  });
});

test('in the whole document too: the assembled PDF keeps the cover\'s image and its figure', async () => {
  const file = savePdf('roadmap-emblem-fr.pdf', (await renderRoadmapPdf({ ...beninDocument('fr'), emblem })).bytes);
  expect(images(file, 1).map((i) => i.type)).toEqual(['image', 'smask']);
  const [first] = await readStructure(file);
  expect(findRoles(first.tree, 'Figure').map((f) => f.alt)).toEqual(['Emblème national : République du Bénin']);
}, 120_000);

test('a wide emblem is at most twice as wide as the box is high; a tall one keeps the box height', () => {
  expect(emblemSize({ width: 600, height: 150 })).toEqual({ width: 124, height: 31 });
  expect(emblemSize({ width: 500, height: 600 })).toEqual({ width: 62 * (500 / 600), height: 62 });
});
