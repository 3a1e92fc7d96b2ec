// Validates XML against an XSD with libxml2's xmllint compiled to WebAssembly (xmllint-wasm):
// a real validator that needs neither the network nor a system package.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const dir = path.join(process.cwd(), 'tests/fixtures/xliff');

/** Against the XLIFF 2.0 core schema shipped in tests/fixtures/xliff (with the W3C xml.xsd it imports). */
export async function validateXliff(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const r = await validateXML({
    xml: [{ fileName: 'file.xlf', contents: xml }],
    schema: [{ fileName: 'xliff_core_2.0.xsd', contents: readFileSync(path.join(dir, 'xliff_core_2.0.xsd'), 'utf8') }],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync(path.join(dir, 'xml.xsd'), 'utf8') }],
  });
  return { valid: r.valid, errors: r.errors.map((e) => e.rawMessage) };
}
