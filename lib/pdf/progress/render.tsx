// Renders the progress report in this thread (CLI, tests, workers), with the roadmap PDF's
// fonts, shaping and hyphenation (render-section.tsx). The server goes through pool.ts.
import { translator } from '@/lib/i18n/translate';
import { drawable, finishPdf } from '../finish';
import { serial, toBytes } from '../render-section';
import type { RenderedPdf } from '../render';
import { progressPages } from './sections';
import type { ProgressDocument } from './types';

export function renderProgressPdf(original: ProgressDocument): Promise<RenderedPdf> {
  const doc = drawable(original);
  const t = translator(doc.locale, 'pdfProgress');
  const started = performance.now();
  // "Page x sur y" on every page but the cover.
  return serial(() => toBytes(doc, progressPages(doc, t))).then((bytes) =>
    finishPdf(bytes, { locale: doc.locale, title: `${doc.roadmapTitle} — ${doc.period}`, first: 1, label: (page, total) => t('page', { page, total }), started }),
  );
}
