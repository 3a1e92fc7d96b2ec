// Whether a paragraph's number may be printed as such. A number is shown plainly only when it
// was verified against a copy of the official text (numberCheck.status "verified"); otherwise
// the paragraph is shown by its subject, its number marked as to be confirmed.
//
// Versions whose paragraph library predates numberCheck and subject (vt 2025.1, which
// assessments use and which therefore cannot change) read both from the register of
// content/instruments/paragraph-checks.json, keyed by instrument code and paragraph ref. A
// numbered paragraph found in neither counts as unverified: nothing is shown as checked
// unless a source says it was.
import register from '../../content/instruments/paragraph-checks.json';
import { paragraphKey, type Bilingual, type FrameworkContent, type NumberStatus, type ParagraphContent, type ParagraphKind } from './schema';

type Check = { status: NumberStatus; source: string };
type RegisterEntry = { subject: Bilingual; numberCheck: Check };
const REGISTER = register.instruments as Record<string, Record<string, RegisterEntry>>;

export type ParagraphIdentity = Pick<ParagraphContent, 'ref' | 'number'> & Partial<Pick<ParagraphContent, 'subject' | 'numberCheck'>>;

export type ResolvedCheck = {
  subject: Bilingual | null;
  /** null when the paragraph has no number */
  status: NumberStatus | null;
  source: string | null;
};

export function registerEntry(instrumentCode: string, ref: string): RegisterEntry | null {
  return REGISTER[instrumentCode]?.[ref] ?? null;
}

/** A stored paragraph's number, subject and check, as the framework file states them. */
export function storedIdentity(p: { ref: string; number: number | null; numberStatus: string | null; numberSource: string | null; subjectFr: string | null; subjectEn: string | null }) {
  return {
    ref: p.ref,
    number: p.number,
    subject: p.subjectFr && p.subjectEn ? { fr: p.subjectFr, en: p.subjectEn } : null,
    numberCheck: p.numberStatus === 'verified' || p.numberStatus === 'unverified' ? { status: p.numberStatus as 'verified' | 'unverified', source: p.numberSource ?? '' } : null,
  };
}

export function resolveCheck(instrumentCode: string, p: ParagraphIdentity): ResolvedCheck {
  const entry = registerEntry(instrumentCode, p.ref);
  const subject = p.subject ?? entry?.subject ?? null;
  if (p.number === null || p.number === undefined) return { subject, status: null, source: null };
  const check = p.numberCheck ?? entry?.numberCheck ?? null;
  return { subject, status: check?.status ?? 'unverified', source: check?.source ?? null };
}

export type UnverifiedNumber = { key: string; symbol: string; number: number; subject: Bilingual | null; source: string | null };

/** Every numbered paragraph whose number is not verified, in the library's order. */
export function unverifiedNumbers(content: FrameworkContent): UnverifiedNumber[] {
  return content.instruments.flatMap((i) =>
    i.paragraphs.flatMap((p) => {
      const check = resolveCheck(i.code, p);
      return check.status === 'unverified' && p.number != null
        ? [{ key: paragraphKey(i.code, p.ref), symbol: i.symbol, number: p.number, subject: check.subject, source: check.source }]
        : [];
    }),
  );
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * How a paragraph is named wherever it is printed (explorer, coverage, the roadmap's annex),
 * with `t` bound to the framework messages: "par. 2" in French, "OP 2" in English, when the
 * number was verified; otherwise its subject with "n° 27 à confirmer"; a paragraph without a
 * number by its subject, else its reference.
 */
export function paragraphName(t: Translate, locale: 'fr' | 'en', instrumentCode: string, p: ParagraphIdentity & { kind: ParagraphKind }) {
  const check = resolveCheck(instrumentCode, p);
  const subject = check.subject?.[locale] ?? null;
  if (p.number === null || p.number === undefined || check.status === null) return subject ?? p.ref;
  if (check.status === 'unverified') return t('paragraphToConfirm', { subject: subject ?? t('paragraphNoSubject'), number: p.number });
  return p.kind === 'operative' || p.kind === 'principle' ? t('paragraphNumber', { kind: p.kind, number: p.number, ref: p.ref }) : p.ref;
}

/**
 * A paragraph in a row of figures (the follow-up's coverage): its name, or, for one with
 * neither a number nor a subject (a preambular paragraph), its summary rather than its
 * internal reference.
 */
export function paragraphRowLabel(t: Translate, locale: 'fr' | 'en', instrumentCode: string, p: ParagraphIdentity & { kind: ParagraphKind; summary: Bilingual }) {
  const name = paragraphName(t, locale, instrumentCode, p);
  return name === p.ref ? p.summary[locale] : name;
}

/** The number alone, for narrow columns: "par. 3", or "n° 27 à confirmer"; null without a number. */
export function paragraphNumberLabel(t: Translate, instrumentCode: string, p: ParagraphIdentity & { kind: ParagraphKind }) {
  const check = resolveCheck(instrumentCode, p);
  if (p.number === null || p.number === undefined || check.status === null) return null;
  if (check.status === 'unverified') return t('numberToConfirm', { number: p.number });
  return p.kind === 'operative' || p.kind === 'principle' ? t('paragraphNumber', { kind: p.kind, number: p.number, ref: p.ref }) : p.ref;
}
