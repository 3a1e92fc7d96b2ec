// One indicator's path in SVG: its baseline, the value reported at each period, and its
// target as a dashed line. Hidden from screen readers: the figure around it says the same.

export type PathPoint = { label: string; value: number | null };

const W = 360;
const H = 120;
const PAD = { left: 36, right: 12, top: 12, bottom: 26 };
/** About how wide a label of the axis is, per character, at its font size. */
const CHAR_WIDTH = 6;

export function PathChart({ baseline, target, points, format }: { baseline: number; target: number | null; points: PathPoint[]; format: (n: number) => string }) {
  const values = [baseline, target ?? baseline, ...points.map((p) => p.value ?? baseline)];
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values);
  const slots = points.length + 1;
  const x = (i: number) => PAD.left + (i / Math.max(1, slots - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo || 1)) * (H - PAD.top - PAD.bottom);
  // As many period labels as fit side by side, counted back from the latest (always shown);
  // the last one ends at the plot's edge instead of running past it.
  const widest = Math.max(1, ...points.map((p) => p.label.length)) * CHAR_WIDTH + 6;
  const step = Math.max(1, Math.ceil(widest / ((W - PAD.left - PAD.right) / Math.max(1, slots - 1))));
  const labelled = (i: number) => i > 0 && (slots - 1 - i) % step === 0;
  const known = [{ i: 0, v: baseline }, ...points.flatMap((p, k) => (p.value === null ? [] : [{ i: k + 1, v: p.value }]))];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" aria-hidden="true" focusable="false" className="max-w-sm text-slate-800" style={{ height: 'auto' }}>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(lo)} y2={y(lo)} stroke="#94a3b8" />
      {target !== null && (
        <g>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(target)} y2={y(target)} stroke="#15803d" strokeDasharray="5 4" />
          <text x={2} y={y(target) + 4} fontSize={11} fill="#15803d">{format(target)}</text>
        </g>
      )}
      <text x={2} y={y(baseline) + 4} fontSize={11} fill="currentColor">{format(baseline)}</text>
      <polyline points={known.map((k) => `${x(k.i)},${y(k.v)}`).join(' ')} fill="none" stroke="#005a9c" strokeWidth={2} />
      {known.map((k) => <circle key={k.i} cx={x(k.i)} cy={y(k.v)} r={3.5} fill="#005a9c" />)}
      <text x={x(0)} y={H - 8} fontSize={10} textAnchor="middle" fill="currentColor">·</text>
      {points.map((p, k) => (labelled(k + 1) ? (
        <text key={k} x={x(k + 1)} y={H - 8} fontSize={10} textAnchor={k + 1 === slots - 1 ? 'end' : 'middle'} fill="currentColor">{p.label}</text>
      ) : null))}
    </svg>
  );
}
