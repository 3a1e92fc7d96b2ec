import { expect, test } from 'vitest';
import { checkFile, contentDisposition, sanitizeFilename, sniffKind, zipEntryNames } from '@/lib/assessment/attachment-rules';
import { DOCM, DOCX, EXE, ODT, PDF, PLAIN_ZIP, PNG, TEXT } from '../helpers/files';

test('the kind comes from the bytes', () => {
  expect(sniffKind(PDF)).toBe('pdf');
  expect(sniffKind(PNG)).toBe('png');
  expect(sniffKind(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
  expect(sniffKind(DOCX)).toBe('docx');
  expect(sniffKind(ODT)).toBe('odt');
  expect(sniffKind(TEXT)).toBe('text');
  expect(sniffKind(EXE)).toBeNull();
  expect(sniffKind(PLAIN_ZIP)).toBeNull();
  // A Word document with macros, whatever it is called.
  expect(sniffKind(DOCM)).toBeNull();
  expect(sniffKind(new TextEncoder().encode('<html>\u0000</html>'))).toBeNull();
  expect(zipEntryNames(DOCX)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  expect(zipEntryNames(PLAIN_ZIP.subarray(0, 40))).toBeNull();
});

test('the name must agree with the bytes', () => {
  expect(checkFile('plan.pdf', PDF)).toEqual({ kind: 'pdf', mime: 'application/pdf' });
  expect(checkFile('PLAN.PDF', PDF)?.kind).toBe('pdf');
  expect(checkFile('photo.pdf', PNG)).toBeNull();
  expect(checkFile('note.txt', TEXT)?.mime).toBe('text/plain');
  expect(checkFile('script.js', TEXT)).toBeNull();
  expect(checkFile('rapport.docx', DOCX)?.kind).toBe('docx');
  expect(checkFile('rapport.xlsx', DOCX)).toBeNull();
  expect(checkFile('setup.exe', EXE)).toBeNull();
});

test('file names lose paths, control and spoofing characters, and keep their extension', () => {
  expect(sanitizeFilename('C:\\Users\\x\\Décret n°12.pdf')).toBe('Décret n°12.pdf');
  expect(sanitizeFilename('../../etc/passwd')).toBe('passwd');
  expect(sanitizeFilename('rapport\u202Efdp.exe')).toBe('rapport_fdp.exe');
  expect(sanitizeFilename('a<b>:"c".pdf')).toBe('a_b___c_.pdf');
  expect(sanitizeFilename('   ..  ')).toBe('fichier');
  expect(sanitizeFilename('.pdf')).toBe('fichier.pdf');
  const long = sanitizeFilename(`${'é'.repeat(300)}.pdf`);
  expect(long.length).toBe(150);
  expect(long.endsWith('.pdf')).toBe(true);
});

test('Content-Disposition carries an ASCII name and the UTF-8 name (RFC 6266 / 5987)', () => {
  expect(contentDisposition('Plan de sûreté (2024).pdf')).toBe(
    `attachment; filename="Plan de surete (2024).pdf"; filename*=UTF-8''Plan%20de%20s%C3%BBret%C3%A9%20%282024%29.pdf`,
  );
  expect(contentDisposition('l’arrêté;x.pdf')).toMatch(/^attachment; filename="l_arrete_x\.pdf"; filename\*=UTF-8''l%E2%80%99arr%C3%AAt%C3%A9%3Bx\.pdf$/);
});
