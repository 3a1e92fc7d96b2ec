// The emblem's checks, from the bytes: the type by its signature or its root element, never its
// name; the SVGs that could reach outside themselves or run anything, refused; every accepted
// file redrawn by sharp into a bounded PNG without metadata.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { checkEmblemBytes, EMBLEM_MAX_SIDE, MAX_EMBLEM_BYTES, sniffEmblem, svgRefusal } from '@/lib/country/emblem-bytes';
import { redrawEmblem } from '@/lib/country/emblem-image';
import { setEmblemSchema } from '@/lib/country/schemas';

const SHIELD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/emblems/shield.svg'));
const svg = (body: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40"${attrs}>${body}</svg>`;
const bytes = (s: string) => new TextEncoder().encode(s);
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('the type, from the bytes', () => {
  test('a PNG by its signature, an SVG by its root element after the XML declaration and comments', () => {
    expect(sniffEmblem(Buffer.from(TINY_PNG, 'base64'))).toBe('PNG');
    expect(sniffEmblem(SHIELD)).toBe('SVG');
    expect(sniffEmblem(bytes(`\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n${svg('')}`))).toBe('SVG');
  });

  test('anything else is neither, whatever its name would say', () => {
    expect(sniffEmblem(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBeNull(); // JPEG
    expect(sniffEmblem(bytes('GIF89a\x01\x00'))).toBeNull();
    expect(sniffEmblem(bytes('%PDF-1.7\n'))).toBeNull();
    expect(sniffEmblem(bytes('<html><body><svg></svg></body></html>'))).toBeNull();
    expect(sniffEmblem(bytes('Emblème du Bénin, en texte'))).toBeNull();
    expect(sniffEmblem(Uint8Array.from([0x1f, 0x8b, 0x08, 0]))).toBeNull(); // a gzipped SVG (.svgz)
    expect(sniffEmblem(bytes('<svg:svg xmlns:svg="http://www.w3.org/2000/svg"/>'))).toBeNull();
    // The PNG signature cut short, and Latin-1 text that is not UTF-8.
    expect(sniffEmblem(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sniffEmblem(Uint8Array.from([0x3c, 0x73, 0x76, 0x67, 0x20, 0xe9, 0x3e]))).toBeNull();
  });
});

describe('SVGs that are refused', () => {
  const unsafe = 'country.emblem.errors.unsafeSvg';
  test.each([
    ['a script', svg('<script>alert(1)</script>')],
    ['a script with a prefix and odd case', svg('<svg:SCRIPT xmlns:svg="http://www.w3.org/2000/svg">x</svg:SCRIPT>')],
    ['an event handler', svg('<rect width="4" height="4"/>', ' onload="alert(1)"')],
    ['an event handler in upper case on a child', svg('<rect width="4" height="4" ONCLICK=alert(1) />')],
    ['a foreign object', svg('<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>')],
    ['an external entity', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`],
    ['entity expansion', `<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>${svg('<text>&b;</text>')}`],
    ['an image read from a local file', svg('<image href="file:///etc/passwd" width="10" height="10"/>')],
    ['an image fetched from the web', svg('<image xlink:href="https://example.org/blason.png" width="10" height="10"/>')],
    ['a use of another file', svg('<use href="other.svg#shape"/>')],
    ['an unquoted external href', svg('<image href=http://example.org/x.png />')],
    ['a link to javascript', svg('<a href="javascript:alert(1)"><rect width="4" height="4"/></a>')],
    ['an href spelled with character references', svg('<image href="&#102;ile:///etc/passwd"/>')],
    ['an element spelled with character references', svg('&#60;script&#62;alert(1)&#60;/script&#62;')],
    ['an embedded SVG document', svg('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>')],
    ['CSS fetching a font', svg('<style>@font-face { src: url(https://example.org/f.woff) }</style>')],
    ['CSS importing a sheet', svg('<style>@import "https://example.org/s.css";</style>')],
    ['a fill from another file', svg('<rect width="4" height="4" fill="url(other.svg#g)"/>')],
    ['an unclosed url(', svg('<rect width="4" height="4" style="fill: url(#g"/>')],
    ['a stylesheet instruction', `<?xml version="1.0"?><?xml-stylesheet href="https://example.org/s.css"?>${svg('')}`],
    ['an XInclude', svg('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>')],
    ['an iframe', svg('<iframe src="https://example.org"/>')],
  ])('%s', (_name, text) => {
    expect(svgRefusal(text)).toBe(unsafe);
    expect(checkEmblemBytes(bytes(text))).toEqual({ ok: false, error: unsafe });
  });

  test('what stays inside the file is allowed: fragments, gradients, embedded PNG and JPEG data, text', () => {
    expect(svgRefusal(SHIELD.toString('utf8'))).toBeNull();
    expect(svgRefusal(svg(`<image href="data:image/png;base64,${TINY_PNG}" width="4" height="4"/><rect fill="url('#g')" style="stroke:url(&quot;#g&quot;)"/>`))).toBeNull();
    // Base64 that happens to spell a handler is data, not an attribute.
    expect(svgRefusal(svg('<image href="data:image/png;base64,AAAA/onload=" width="4" height="4"/>'))).toBeNull();
    expect(svgRefusal(svg('<text>Union, Travail, Progrès</text>'))).toBeNull();
  });
});

describe('size', () => {
  test('an empty file and one over the limit are refused before anything is read', () => {
    expect(checkEmblemBytes(new Uint8Array())).toEqual({ ok: false, error: 'country.emblem.errors.empty' });
    const big = new Uint8Array(MAX_EMBLEM_BYTES + 1);
    big.set(Buffer.from(TINY_PNG, 'base64'));
    expect(checkEmblemBytes(big)).toEqual({ ok: false, error: 'country.emblem.errors.tooLarge' });
  });

  test('the schema refuses base64 beyond the limit, and text that is not base64', () => {
    const countryId = 'c1';
    const over = Buffer.alloc(MAX_EMBLEM_BYTES + 3).toString('base64');
    expect(setEmblemSchema.safeParse({ countryId, content: over }).error?.issues[0].message).toBe('country.emblem.errors.tooLarge');
    expect(setEmblemSchema.safeParse({ countryId, content: '<svg/>' }).error?.issues[0].message).toBe('country.emblem.errors.unreadable');
    expect(setEmblemSchema.safeParse({ countryId, content: Buffer.alloc(MAX_EMBLEM_BYTES).toString('base64') }).success).toBe(true);
  });
});

describe('redrawn through sharp', () => {
  test('an SVG is drawn as a PNG of 600 px on its long side, at the density that gives it (not enlarged from 72 dpi)', async () => {
    const r = await redrawEmblem(SHIELD);
    if (!r.ok) throw new Error(r.error);
    expect(r.emblem).toMatchObject({ sourceType: 'SVG', width: 500, height: EMBLEM_MAX_SIDE });
    expect(r.emblem.sha256).toMatch(/^[0-9a-f]{64}$/);
    const meta = await sharp(r.emblem.png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 500, height: 600, channels: 4, depth: 'uchar', hasAlpha: true });
    // The shield's green at its left edge: drawn, not blank.
    const { data, info } = await sharp(r.emblem.png).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4)];
    expect(at(60, 300)).toEqual([0, 135, 81, 255]);
    expect(at(2, 590)[3]).toBe(0); // outside the shield: transparent
  });

  test('a large PNG is reduced, a small one left at its size; its metadata is not kept', async () => {
    const withExif = await sharp({ create: { width: 1800, height: 900, channels: 3, background: '#008751' } })
      .png().withMetadata({ exif: { IFD0: { Copyright: 'Secret location 6.37N 2.43E' } } }).toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const big = await redrawEmblem(withExif);
    if (!big.ok) throw new Error(big.error);
    expect(big.emblem).toMatchObject({ sourceType: 'PNG', width: 600, height: 300 });
    const meta = await sharp(big.emblem.png).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(big.emblem.png.includes(Buffer.from('Secret'))).toBe(false);

    const small = await redrawEmblem(await sharp({ create: { width: 120, height: 80, channels: 4, background: '#FCD11680' } }).png().toBuffer());
    expect(small.ok && [small.emblem.width, small.emblem.height]).toEqual([120, 80]);
  });

  test('an SVG stating an enormous size is drawn at the bounded size all the same', async () => {
    const r = await redrawEmblem(bytes(svg('<rect width="10" height="10" fill="#E8112D"/>').replace('width="40" height="40"', 'width="100000" height="50000" viewBox="0 0 10 5"')));
    expect(r.ok && [r.emblem.width, r.emblem.height]).toEqual([600, 300]);
  });

  test('a corrupt PNG, a truncated SVG and a PNG bomb are refused as unreadable', async () => {
    const png = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#008751' } }).png().toBuffer();
    expect(await redrawEmblem(png.subarray(0, 60))).toEqual({ ok: false, error: 'country.emblem.errors.unreadable' });
    const flipped = Buffer.from(png);
    flipped.fill(0x41, 40, 80);
    expect(await redrawEmblem(flipped)).toEqual({ ok: false, error: 'country.emblem.errors.unreadable' });
    expect(await redrawEmblem(bytes('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect'))).toEqual({ ok: false, error: 'country.emblem.errors.unreadable' });
    // 10 000 x 10 000 pixels of one colour: a few hundred kilobytes that would inflate to 300 MB.
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.byteLength).toBeLessThan(MAX_EMBLEM_BYTES);
    expect(await redrawEmblem(bomb)).toEqual({ ok: false, error: 'country.emblem.errors.unreadable' });
  });

  test('an unsafe SVG never reaches the drawing library', async () => {
    expect(await redrawEmblem(bytes(svg('<image href="file:///etc/hostname" width="40" height="40"/>')))).toEqual({ ok: false, error: 'country.emblem.errors.unsafeSvg' });
  });
});
