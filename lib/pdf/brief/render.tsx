// Renders the regional brief in this thread (CLI, tests, workers); the server goes through pool.ts.
import { translator } from '@/lib/i18n/translate';
import { drawable, finishPdf } from '../finish';
import { serial, toBytes } from '../render-section';
import type { RenderedPdf } from '../render';
import { briefPages } from './sections';
import type { BriefDocument } from './types';

export function renderBriefPdf(original: BriefDocument): Promise<RenderedPdf> {
  const doc = drawable(original);
  const t = translator(doc.locale, 'pdfBrief');
  const started = performance.now();
  return serial(() => toBytes(doc, briefPages(doc, t))).then((bytes) =>
    finishPdf(bytes, { locale: doc.locale, title: t('title'), first: 0, label: (page, total) => t('page', { page, total }), started }),
  );
}
