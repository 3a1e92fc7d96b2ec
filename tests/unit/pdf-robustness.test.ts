// Content a real roadmap may hold: pasted identifiers, emoji, Arabic, West African names,
// hundreds of actions, nothing at all. None of it may break a render.
import { expect, test } from 'vitest';
import { beninDocument } from '@/lib/pdf/fixtures/benin';
import { stressDocument } from '@/lib/pdf/fixtures/stress';
import { renderRoadmapPdf } from '@/lib/pdf/render';
import type { RoadmapDocument } from '@/lib/pdf/types';
import { fonts, pageTexts, savePdf, squash } from '../helpers/pdf-text';

const LONG_WORD = 'Infrastructurescritiques'.repeat(13).slice(0, 300);

const ARABIC_ENTITY = 'وزارة الداخلية';
const ARABIC_SENTENCE = 'الأمن السيبراني للبنية التحتية الحيوية.';

test('a 300-character word, emoji, Arabic and West African names render', async () => {
  const base = beninDocument('fr');
  const doc: RoadmapDocument = {
    ...base,
    title: `${base.title} 🇧🇯`,
    executiveSummary: [`Identifiant collé sans espace : ${LONG_WORD}.`, `Émoji 😀🛡️ et texte arabe : ${ARABIC_SENTENCE}`, 'Lettres mathématiques : 𝐀𝐁𝐂 fin.', ...base.executiveSummary],
    findings: base.findings.map((f, i) => (i === 0 ? { ...f, achievements: [...f.achievements, `Mme Ɛdɔ Hounkpɛ̀, M. Ŋgɔ Dòssɔ̀u et Ɖaxo Ʋɔ ont contribué ; ${LONG_WORD}`] } : f)),
    actions: base.actions.map((a, i) => (i === 0 ? { ...a, title: `${a.title} ${LONG_WORD}`, leadEntity: LONG_WORD.slice(0, 60), partners: ['🇺🇳 UNOCT'] } : i === 1 ? { ...a, leadEntity: ARABIC_ENTITY } : a)),
  };
  const r = await renderRoadmapPdf(doc);
  const file = savePdf('nasty.pdf', r.bytes);
  const text = pageTexts(file).join('\n');
  // Latin-extended letters are real glyphs of the embedded font, so they come back as text.
  expect(text).toContain('Ɛdɔ Hounkpɛ');
  expect(text).toContain('Ɖaxo Ʋɔ');
  // The long word is cut where the line ends, not lost: all its letters are there.
  expect(squash(text)).toContain(LONG_WORD);
  // Arabic is drawn from the fallback font and comes back as its words, in reading order
  // (poppler reorders the right-to-left run it finds in the line).
  expect(text).toMatch(/Émoji \ufffd et texte arabe\s?:\s?/u);
  for (const word of [...ARABIC_SENTENCE.replace('.', '').split(' '), ...ARABIC_ENTITY.split(' ')]) expect(text, word).toContain(word);
  expect(fonts(file)).toMatch(/NotoSansArabic/);
  // What no font draws (emoji, mathematical letters) shows as one replacement mark per run.
  expect(text).toMatch(/Lettres mathématiques\s?:\s?\ufffd fin\./u);
}, 60_000);

test('a roadmap with empty sections renders, each section saying it is empty', async () => {
  const base = beninDocument('en');
  const doc: RoadmapDocument = {
    ...base, subtitle: null, period: null, supportedBy: [], executiveSummary: [], context: [], methodology: [], consultation: null,
    findings: [], priorities: [], objectives: [], recommendations: [], actions: [], instruments: [], entities: [], glossary: [],
  };
  const r = await renderRoadmapPdf(doc);
  const pages = pageTexts(savePdf('empty.pdf', r.bytes));
  expect(pages.length).toBeGreaterThanOrEqual(10);
  expect(pages.join('\n')).toContain('Nothing to present in this part.');
}, 60_000);

test('500 actions and 60 findings render, every action in the matrix, never cut across pages', async () => {
  const doc = stressDocument('fr');
  const r = await renderRoadmapPdf(doc);
  const pages = pageTexts(savePdf('stress.pdf', r.bytes));
  const all = squash(pages.join(''));
  for (const a of doc.actions) expect(all, a.code).toContain(squash(a.title));
  // A row is one unbreakable block: its title never starts on one page and ends on the next.
  const matrix = pages.filter((p) => p.includes('Chef de file') && p.includes('Indicateurs'));
  expect(matrix.length).toBeGreaterThan(20);
  for (const a of doc.actions.slice(0, 100)) expect(matrix.some((p) => squash(p).includes(squash(a.title))), a.code).toBe(true);
}, 120_000);
