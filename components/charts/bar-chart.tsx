// Horizontal bars in SVG, drawn at any width (viewBox) and printable: one row per label,
// the value's bar over an optional lighter bar (a plan, a target). Labels and values are
// text in the drawing; the figure around it (ChartFigure) says the same in words and in a
// table, so the drawing itself is hidden from screen readers.

export type Bar = {
  label: string;
  value: number;
  /** a second, lighter bar behind the value (planned cost, target) */
  behind?: number;
  /** what is written at the end of the row */
  text: string;
  /** a warning tone for the value's bar */
  tone?: 'normal' | 'warning';
};

const ROW = 30;
const LABEL_W = 220;
const TEXT_W = 230;
const WIDTH = 760;

function truncate(s: string, n: number) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function BarChart({ bars, max }: { bars: Bar[]; /** the scale's end; the largest value when absent */ max?: number }) {
  const top = max ?? Math.max(1, ...bars.flatMap((b) => [b.value, b.behind ?? 0]));
  const plot = WIDTH - LABEL_W - TEXT_W;
  const w = (v: number) => Math.max(0, Math.min(plot, (v / top) * plot));
  const height = bars.length * ROW + 8;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false" className="max-w-full text-slate-800" style={{ height: 'auto' }}>
      {bars.map((b, i) => {
        const y = i * ROW + 4;
        return (
          <g key={i} transform={`translate(0 ${y})`}>
            <title>{`${b.label} : ${b.text}`}</title>
            <text x={0} y={ROW / 2 + 4} fontSize={13} fill="currentColor">{truncate(b.label, 32)}</text>
            <rect x={LABEL_W} y={4} width={plot} height={ROW - 10} fill="#f1f5f9" />
            {b.behind !== undefined && <rect x={LABEL_W} y={4} width={w(b.behind)} height={ROW - 10} fill="#bfdbfe" />}
            <rect x={LABEL_W} y={b.behind !== undefined ? 10 : 4} width={w(b.value)} height={b.behind !== undefined ? ROW - 22 : ROW - 10} fill={b.tone === 'warning' ? '#b45309' : '#005a9c'} />
            <text x={LABEL_W + plot + 8} y={ROW / 2 + 4} fontSize={13} fill="currentColor">{b.text}</text>
          </g>
        );
      })}
    </svg>
  );
}
