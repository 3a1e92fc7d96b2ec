// The document's look: UN blue accents on a navy and grey base, one sans-serif family.
import { StyleSheet } from '@react-pdf/renderer';
import { FONT_STACK } from './fonts';

export const colors = {
  blue: '#009EDB', // UN blue
  navy: '#0B2D4F',
  ink: '#1F2933',
  muted: '#5B6770',
  rule: '#C9D3DC',
  band: '#EAF4FA',
  zebra: '#F4F7FA',
  high: '#B42318',
  medium: '#B54708',
  low: '#3B7D23',
  white: '#FFFFFF',
  draft: '#B42318',
};

export const PAGE = {
  portrait: { width: 595.28, height: 841.89, marginX: 56 },
  landscape: { width: 841.89, height: 595.28, marginX: 36 },
  top: 64,
  bottom: 54,
  footerY: 26, // the footer line's box ends 3 pt under this, from the bottom edge; the page number (stamps.tsx) sits on the same line
};

export const styles = StyleSheet.create({
  page: { fontFamily: FONT_STACK, fontSize: 9.5, lineHeight: 1.42, color: colors.ink, paddingTop: PAGE.top, paddingBottom: PAGE.bottom, paddingHorizontal: PAGE.portrait.marginX },
  pageLandscape: { fontFamily: FONT_STACK, fontSize: 8, lineHeight: 1.3, color: colors.ink, paddingTop: PAGE.top - 8, paddingBottom: PAGE.bottom, paddingHorizontal: PAGE.landscape.marginX },
  header: { position: 'absolute', top: 24, left: 0, right: 0, flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', borderBottomWidth: 0.6, borderBottomColor: colors.rule, paddingBottom: 5, fontSize: 7.5, color: colors.muted },
  headerTitle: { maxWidth: '75%' },
  headerMark: { fontWeight: 700, color: colors.navy, letterSpacing: 0.6 },
  footer: { position: 'absolute', bottom: PAGE.footerY - 3, left: 0, right: 0, fontSize: 7.5, lineHeight: 1.42, color: colors.muted, borderTopWidth: 0.6, borderTopColor: colors.rule, paddingTop: 5 },
  kicker: { fontSize: 8.5, fontWeight: 700, color: colors.blue, letterSpacing: 1.2, textTransform: 'uppercase', marginBottom: 4 },
  h1: { fontSize: 19, fontWeight: 700, color: colors.navy, lineHeight: 1.2, marginBottom: 4 },
  h1Bar: { width: 48, height: 3, backgroundColor: colors.blue, marginBottom: 16 },
  h2: { fontSize: 12.5, fontWeight: 700, color: colors.navy, marginTop: 12, marginBottom: 6 },
  h3: { fontSize: 10, fontWeight: 700, color: colors.navy, marginTop: 8, marginBottom: 3 },
  p: { marginBottom: 7, textAlign: 'justify' },
  lead: { fontSize: 11, lineHeight: 1.45, color: colors.navy, marginBottom: 10 },
  muted: { color: colors.muted },
  small: { fontSize: 8 },
  bulletRow: { flexDirection: 'row', marginBottom: 3 },
  bullet: { width: 3.2, height: 3.2, borderRadius: 1.6, marginTop: 5, marginLeft: 1, marginRight: 7.8, backgroundColor: colors.blue },
  bulletText: { flex: 1, textAlign: 'justify' },
  box: { backgroundColor: colors.band, borderLeftWidth: 3, borderLeftColor: colors.blue, padding: 10, marginVertical: 8 },
  pill: { fontSize: 7.5, fontWeight: 700, paddingHorizontal: 5, paddingVertical: 1.5, borderRadius: 2, color: colors.white },
  th: { fontWeight: 700, color: colors.white, fontSize: 7.5 },
  empty: { color: colors.muted, fontStyle: 'italic', marginVertical: 6 },
});

export const priorityColor = (p: 'high' | 'medium' | 'low') => colors[p];
