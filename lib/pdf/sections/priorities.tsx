import { Text, View } from '@react-pdf/renderer';
import { Anchor, Empty, PageFrame, Pill, SectionTitle, type SectionContext } from '../components';
import { chunk } from '../chunk';
import { tag } from '../tagging';
import { colors, priorityColor, styles } from '../styles';

const OBJECTIVES_PER_PAGE = 7;
// The first objectives share the priorities' page.
const OBJECTIVES_ON_FIRST_PAGE = 3;

export function Priorities({ ctx, label }: { ctx: SectionContext; label: string }) {
  const { doc, t } = ctx;
  const recsByObjective = new Map<string, typeof doc.recommendations>();
  for (const r of doc.recommendations) {
    const key = r.objectiveId ?? '';
    recsByObjective.set(key, [...(recsByObjective.get(key) ?? []), r]);
  }
  const actionCount = new Map<string, number>();
  for (const a of doc.actions) if (a.objectiveId) actionCount.set(a.objectiveId, (actionCount.get(a.objectiveId) ?? 0) + 1);
  const objectivePages = [doc.objectives.slice(0, OBJECTIVES_ON_FIRST_PAGE), ...chunk(doc.objectives.slice(OBJECTIVES_ON_FIRST_PAGE), OBJECTIVES_PER_PAGE)];
  const objectiveBlock = (o: (typeof doc.objectives)[number]) => (
    <View key={o.id} style={{ marginBottom: 10 }}>
      <View wrap={false} style={{ borderLeftWidth: 3, borderLeftColor: colors.blue, paddingLeft: 8, marginBottom: 4 }}>
        <Text style={{ fontSize: 10.5, fontWeight: 700, color: colors.navy }}>{t('priorities.objective', { code: o.code, title: o.title })}</Text>
        {o.description ? <Text style={styles.muted}>{o.description}</Text> : null}
        <Text style={[styles.small, { color: colors.blue }]}>{t('priorities.actionCount', { count: actionCount.get(o.id) ?? 0 })}</Text>
      </View>
      {(recsByObjective.get(o.id) ?? []).map((r) => (
        <View key={r.id} wrap={false} style={{ flexDirection: 'row', alignItems: 'flex-start', paddingLeft: 11, marginBottom: 3 }}>
          <Text style={{ width: 34, fontWeight: 700, color: colors.muted }}>{r.code}</Text>
          <Text style={{ flex: 1, paddingRight: 8 }}>{r.text}</Text>
          <Pill label={t(`priority.${r.priority}`)} color={priorityColor(r.priority)} />
        </View>
      ))}
    </View>
  );
  return [
    <PageFrame key="priorities" ctx={ctx}>
      <SectionTitle id="section:priorities" kicker={label} title={t('sections.priorities')} />
      <Text style={styles.lead}>{t('priorities.intro')}</Text>
      {doc.priorities.length === 0 ? <Empty t={t} /> : null}
      {doc.priorities.map((p) => (
        <View key={p.rank} wrap={false} style={{ flexDirection: 'row', marginBottom: 10 }}>
          <View style={{ width: 26, height: 26, borderRadius: 13, backgroundColor: colors.navy, justifyContent: 'center', alignItems: 'center', marginRight: 10 }}>
            <Text style={{ color: colors.white, fontWeight: 700, fontSize: 11 }}>{String(p.rank)}</Text>
          </View>
          <View style={{ flex: 1 }}>
            <Text style={{ fontWeight: 700, color: colors.navy, fontSize: 10.5 }}>{p.title}</Text>
            <Text style={styles.muted}>{p.rationale}</Text>
          </View>
        </View>
      ))}
      <View minPresenceAhead={90}>
        <Anchor id="objectives" />
        <Text {...tag('H2')} style={styles.h2}>{t('priorities.objectives')}</Text>
      </View>
      {doc.objectives.length === 0 ? <Empty t={t} /> : null}
      {objectivePages[0].map(objectiveBlock)}
    </PageFrame>,
    ...objectivePages.slice(1).filter((p) => p.length).map((objectives, i) => (
      <PageFrame key={`objectives-${i}`} ctx={ctx}>
        {objectives.map(objectiveBlock)}
      </PageFrame>
    )),
  ];
}
