// An emblem file checked (emblem-bytes.ts) and redrawn through sharp (libvips, librsvg for
// SVG) into a PNG of at most EMBLEM_MAX_SIDE pixels on its long side, 8-bit sRGB with its
// transparency, without any metadata (sharp writes none unless asked): what is stored and
// printed is only pixels, never the file that was sent (docs/decisions/017).
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { checkEmblemBytes, EMBLEM_MAX_SIDE, type EmblemRefusal, type EmblemSourceType } from './emblem-bytes';

export type RedrawnEmblem = { png: Buffer; width: number; height: number; sourceType: EmblemSourceType; sha256: string };
export type RedrawResult = { ok: true; emblem: RedrawnEmblem } | { ok: false; error: EmblemRefusal };

/** A decoded image larger than this (a small file that inflates: a "PNG bomb") is refused. */
const MAX_INPUT_PIXELS = 40_000_000;
/** Vector input is drawn at most at this density (dpi), whatever its size says. */
const MAX_DENSITY = 2400;

const unreadable = { ok: false, error: 'country.emblem.errors.unreadable' } as const;

/**
 * Checks and redraws an emblem. An SVG is drawn at the density that gives the target size
 * directly (sharp's default of 72 dpi would draw a small SVG blurred and then enlarge it).
 */
export async function redrawEmblem(bytes: Uint8Array): Promise<RedrawResult> {
  const checked = checkEmblemBytes(bytes);
  if (!checked.ok) return checked;
  const input = Buffer.from(bytes);
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
  try {
    // Reading an SVG's size draws nothing: its stated size may be anything, the drawing is bounded below.
    const meta = await sharp(input, checked.sourceType === 'SVG' ? { ...options, limitInputPixels: false } : options).metadata();
    // The sniffed type and the decoder must agree: a file that is neither is not drawn.
    if (meta.format !== (checked.sourceType === 'PNG' ? 'png' : 'svg') || !meta.width || !meta.height) return unreadable;
    let image: ReturnType<typeof sharp>;
    if (checked.sourceType === 'SVG') {
      const density = Math.min(MAX_DENSITY, Math.max(1, (72 * EMBLEM_MAX_SIDE) / Math.max(meta.width, meta.height)));
      image = sharp(input, { ...options, density });
    } else {
      image = sharp(input, options);
    }
    const { data, info } = await image
      .resize({ width: EMBLEM_MAX_SIDE, height: EMBLEM_MAX_SIDE, fit: 'inside', withoutEnlargement: checked.sourceType === 'PNG' })
      .toColourspace('srgb')
      .png({ compressionLevel: 9, palette: false })
      .toBuffer({ resolveWithObject: true });
    const sha256 = createHash('sha256').update(data).digest('hex');
    return { ok: true, emblem: { png: data, width: info.width, height: info.height, sourceType: checked.sourceType, sha256 } };
  } catch {
    // Truncated or corrupt data, a decoder's refusal, an image beyond the pixel limit.
    return unreadable;
  }
}
