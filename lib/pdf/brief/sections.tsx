// The regional brief: two A4 pages. Page 1, the countries (stage, roadmap, implementation)
// and the maturity per area and country with the number in every cell; page 2, the common
// needs and the technical-assistance requests (lib/programme/brief-document.ts cuts the lists
// so that each holds on its page).
import type { ReactNode } from 'react';
import { Page, Text, View } from '@react-pdf/renderer';
import { LEVEL_FILL, LEVEL_INK } from '@/components/assessment/levels';
import { noHyphens } from '../fonts';
import { formatDate } from '../format';
import { colors, styles } from '../styles';
import type { Translate } from '../types';
import type { BriefDocument } from './types';

type Ctx = { doc: BriefDocument; t: Translate };

function Frame({ ctx, children }: { ctx: Ctx; children: ReactNode }) {
  const { doc, t } = ctx;
  return (
    <Page size="A4" style={styles.page}>
      <View fixed style={[styles.header, { left: 56, right: 56 }]}>
        <Text style={styles.headerTitle}>{`${t('title')} · ${t('asOf', { date: formatDate(doc.asOf, doc.locale) })}`}</Text>
        <Text style={styles.headerMark}>{t('kicker').toUpperCase()}</Text>
      </View>
      {children}
      <View fixed style={[styles.footer, { left: 56, right: 56 }]}>
        <Text>{t('footer', { date: formatDate(doc.asOf, doc.locale) })}</Text>
      </View>
    </Page>
  );
}

const level = (n: number | null, locale: 'fr' | 'en') => (n === null ? '–' : locale === 'fr' ? n.toFixed(1).replace('.', ',') : n.toFixed(1));
const pct = (n: number | null, locale: 'fr' | 'en') => (n === null ? '–' : locale === 'fr' ? `${String(n).replace('.', ',')} %` : `${n}%`);

function HeaderRow({ cells }: { cells: { text: string; width: string }[] }) {
  return (
    <View style={{ flexDirection: 'row', backgroundColor: colors.navy, paddingVertical: 3 }} wrap={false}>
      {cells.map((c, i) => <Text key={i} style={[styles.th, { width: c.width, paddingHorizontal: 3 }]}>{c.text}</Text>)}
    </View>
  );
}

function Line({ cells, zebra }: { cells: { text: string; width: string; fill?: string; ink?: string; align?: 'right' | 'center' }[]; zebra: boolean }) {
  return (
    <View style={{ flexDirection: 'row', backgroundColor: zebra ? colors.zebra : colors.white, borderBottomWidth: 0.4, borderBottomColor: colors.rule }} wrap={false}>
      {cells.map((c, i) => (
        <Text key={i} style={{ width: c.width, paddingHorizontal: 3, paddingVertical: 2, fontSize: 8, backgroundColor: c.fill, color: c.ink, textAlign: c.align }}>{c.text}</Text>
      ))}
    </View>
  );
}

function PageOne({ ctx }: { ctx: Ctx }) {
  const { doc, t } = ctx;
  const n = Math.max(1, doc.columns.length);
  const areaWidth = 40;
  const w = `${(100 - areaWidth) / n}%`;
  return (
    <Frame ctx={ctx}>
      <Text style={styles.kicker}>{t('kicker')}</Text>
      <Text hyphenationCallback={noHyphens} style={styles.h1}>{t('title')}</Text>
      <View style={styles.h1Bar} />
      {doc.demo ? <Text style={[styles.small, { color: colors.high, marginBottom: 6 }]}>{t('demo')}</Text> : null}
      <Text style={styles.h2}>{t('countriesTitle')}</Text>
      <HeaderRow cells={[['country', '18%'], ['stage', '17%'], ['cycle', '25%'], ['roadmap', '18%'], ['rate', '11%'], ['late', '11%']].map(([k, width]) => ({ text: t(`col.${k}`), width }))} />
      {doc.countries.map((c, i) => (
        <Line key={i} zebra={i % 2 === 1} cells={[
          { text: c.name, width: '18%' }, { text: c.stage, width: '17%' },
          { text: c.cycleDate ? `${c.cycle} (${formatDate(c.cycleDate, doc.locale)})` : c.cycle, width: '25%' },
          { text: c.roadmap, width: '18%' }, { text: pct(c.rate, doc.locale), width: '11%', align: 'right' }, { text: c.late === null ? '–' : String(c.late), width: '11%', align: 'right' },
        ]} />
      ))}
      <Text style={styles.h2}>{t('maturityTitle')}</Text>
      <Text style={[styles.small, styles.muted, { marginBottom: 4 }]}>{t('maturityHelp')}</Text>
      <HeaderRow cells={[{ text: t('col.area'), width: `${areaWidth}%` }, ...doc.columns.map((name) => ({ text: name, width: w }))]} />
      {doc.areas.map((a, i) => (
        <Line key={a.code} zebra={i % 2 === 1} cells={[
          { text: `${a.code} · ${a.title}`, width: `${areaWidth}%` },
          ...a.levels.map((l) => ({
            text: level(l, doc.locale), width: w, align: 'center' as const,
            fill: l === null ? undefined : LEVEL_FILL[Math.max(0, Math.min(4, Math.round(l)))], ink: l === null ? colors.muted : LEVEL_INK[Math.max(0, Math.min(4, Math.round(l)))],
          })),
        ]} />
      ))}
    </Frame>
  );
}

function PageTwo({ ctx }: { ctx: Ctx }) {
  const { doc, t } = ctx;
  return (
    <Frame ctx={ctx}>
      <Text style={styles.h2}>{t('needsTitle')}</Text>
      <Text style={[styles.small, styles.muted, { marginBottom: 4 }]}>{t('needsHelp')}</Text>
      {doc.needs.length === 0 ? <Text style={styles.empty}>{t('noNeeds')}</Text> : (
        <View>
          <HeaderRow cells={[{ text: t('col.area'), width: '22%' }, { text: t('col.need'), width: '53%' }, { text: t('col.countries'), width: '25%' }]} />
          {doc.needs.map((n, i) => <Line key={i} zebra={i % 2 === 1} cells={[{ text: n.area, width: '22%' }, { text: n.question, width: '53%' }, { text: n.countries.join(', '), width: '25%' }]} />)}
        </View>
      )}
      {doc.moreNeeds ? <Text style={[styles.small, styles.muted]}>{t('more', { count: doc.moreNeeds })}</Text> : null}
      <Text style={styles.h2}>{t('requestsTitle')}</Text>
      {doc.requests.length === 0 ? <Text style={styles.empty}>{t('noRequests')}</Text> : (
        <View>
          <HeaderRow cells={[['country', '13%'], ['area', '17%'], ['need', '34%'], ['priority', '10%'], ['partners', '13%'], ['status', '13%']].map(([k, width]) => ({ text: t(`col.${k}`), width }))} />
          {doc.requests.map((r, i) => (
            <Line key={i} zebra={i % 2 === 1} cells={[
              { text: r.country, width: '13%' }, { text: r.area, width: '17%' }, { text: r.need, width: '34%' }, { text: r.priority, width: '10%' }, { text: r.partners, width: '13%' }, { text: r.status, width: '13%' },
            ]} />
          ))}
        </View>
      )}
      {doc.moreRequests ? <Text style={[styles.small, styles.muted]}>{t('more', { count: doc.moreRequests })}</Text> : null}
    </Frame>
  );
}

export function briefPages(doc: BriefDocument, t: Translate) {
  const ctx = { doc, t };
  return [<PageOne key="one" ctx={ctx} />, <PageTwo key="two" ctx={ctx} />];
}
