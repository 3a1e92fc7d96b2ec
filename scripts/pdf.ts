// npm run pdf -- --roadmap <id or slug> [--version <n>] [--lang fr|en] [--out file.pdf]
// npm run pdf -- --fixture benin|stress [--lang fr|en] [--approved] [--out file.pdf]
// npm run docx -- (same options) [--out file.docx]: the Word document (--format docx)
// npm run pdf -- --progress <id or slug> --period 2025-T3 [--lang fr|en] [--out file.pdf]
// Renders a roadmap version to a PDF file without the web server (latest version when
// --version is left out), reading DATABASE_URL; --fixture renders a built-in document
// without any database.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '../lib/db/client';
import { databaseUrl } from '../lib/db/url';
import { renderRoadmapDocx } from '../lib/docx/roadmap';
import { translator } from '../lib/i18n/translate';
import { beninDocument } from '../lib/pdf/fixtures/benin';
import { stressDocument } from '../lib/pdf/fixtures/stress';
import { loadProgressDocument } from '../lib/followup/progress-document';
import { loadRoadmapDocument } from '../lib/pdf/load';
import { renderProgressPdf } from '../lib/pdf/progress/render';
import { renderRoadmapPdf } from '../lib/pdf/render';
import type { PdfLocale, RoadmapDocument } from '../lib/pdf/types';
import { runCli } from './cli';

const USAGE = 'usage: npm run pdf -- (--roadmap <id or slug> [--version <n>] | --fixture benin|stress | --progress <id or slug> --period <2025-T3>) [--lang fr|en] [--out file.pdf]';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      roadmap: { type: 'string' },
      version: { type: 'string' },
      fixture: { type: 'string' },
      lang: { type: 'string', default: 'fr' },
      out: { type: 'string' },
      approved: { type: 'boolean', default: false },
      format: { type: 'string', default: 'pdf' },
      progress: { type: 'string' },
      period: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const lang = values.lang as PdfLocale;
  if (lang !== 'fr' && lang !== 'en') throw new Error(`--lang must be fr or en, not "${values.lang}"`);
  if (values.progress) {
    if (values.roadmap || values.fixture) throw new Error(`give one of --roadmap, --fixture or --progress\n${USAGE}`);
    if (!values.period) throw new Error(`--progress needs --period (e.g. 2025-T3)\n${USAGE}`);
    const db = createClient(databaseUrl());
    try {
      const r = await loadProgressDocument(db, { roadmap: values.progress, period: values.period.trim().toUpperCase(), locale: lang, now: new Date() });
      if (!r.ok) throw new Error(`${translator('en')(r.error)} (roadmap "${values.progress}", period ${values.period})`);
      const out = path.resolve(values.out ?? `${r.data.slug}-${r.data.document.periodKey}-${lang}.pdf`);
      const pdf = await renderProgressPdf(r.data.document);
      writeFileSync(out, pdf.bytes);
      console.log(`${path.relative(process.cwd(), out) || out}: ${pdf.pages} pages, ${(pdf.bytes.byteLength / 1024).toFixed(0)} KB, rendered in ${Math.round(pdf.ms)} ms`);
    } finally {
      await db.$disconnect();
    }
    return;
  }
  if (!values.roadmap === !values.fixture) throw new Error(`give either --roadmap or --fixture\n${USAGE}`);

  let doc: RoadmapDocument;
  let name: string;
  if (values.fixture) {
    const status = values.approved ? 'approved' : 'draft';
    if (values.fixture === 'benin') doc = beninDocument(lang, { status });
    else if (values.fixture === 'stress') doc = stressDocument(lang, { status });
    else throw new Error(`unknown fixture "${values.fixture}" (benin or stress)`);
    name = `${values.fixture}-${lang}`;
  } else {
    let version: number | null = null;
    if (values.version !== undefined) {
      version = Number(values.version);
      if (!Number.isInteger(version) || version < 1) throw new Error(`--version must be a whole number from 1, not "${values.version}"`);
    }
    const db = createClient(databaseUrl());
    try {
      const r = await loadRoadmapDocument(db, values.roadmap!, version, lang).catch((error: unknown) => {
        // Prisma's messages open with a blank line and a code excerpt: say it in one line.
        const code = (error as { code?: string }).code;
        if (code === 'P2021') throw new Error('the database has no roadmap tables: run `npm run db:migrate` first');
        throw error;
      });
      if (!r.ok) {
        const what = version === null ? `roadmap "${values.roadmap}"` : `roadmap "${values.roadmap}", version ${version}`;
        throw new Error(`${translator('en')(r.error)} (${what})`);
      }
      doc = r.data.document;
      name = `${r.data.roadmap.slug}-v${r.data.version.number}-${lang}`;
    } finally {
      await db.$disconnect();
    }
  }

  if (values.format === 'docx') {
    const out = path.resolve(values.out ?? `${name}.docx`);
    const started = performance.now();
    const bytes = await renderRoadmapDocx(doc);
    writeFileSync(out, bytes);
    console.log(`${path.relative(process.cwd(), out) || out}: ${(bytes.byteLength / 1024).toFixed(0)} KB, rendered in ${Math.round(performance.now() - started)} ms`);
    return;
  }
  if (values.format !== 'pdf') throw new Error(`--format must be pdf or docx, not "${values.format}"`);
  const out = path.resolve(values.out ?? `${name}.pdf`);
  const r = await renderRoadmapPdf(doc);
  writeFileSync(out, r.bytes);
  console.log(`${path.relative(process.cwd(), out) || out}: ${r.pages} pages, ${(r.bytes.byteLength / 1024).toFixed(0)} KB, rendered in ${Math.round(r.ms)} ms`);
});
