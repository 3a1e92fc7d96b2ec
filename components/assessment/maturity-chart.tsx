import type { ResultsView } from '@/lib/assessment/get-results';
import { fillOf } from './levels';

type Labels = { title: string; bar: (area: string, value: string, count: number, total: number) => string; none: (area: string) => string; scale: string[] };

/** Consolidated maturity per area as horizontal bars on the 0-4 scale: server-rendered SVG. */
export function MaturityChart({ data, labels, format }: { data: ResultsView; labels: Labels; format: (n: number) => string }) {
  const left = 260;
  const plot = 420;
  const bh = 24;
  const gap = 10;
  const top = 34;
  const height = top + data.areas.length * (bh + gap) + 10;
  const x = (v: number) => left + (v / 4) * plot;
  return (
    <svg role="img" aria-labelledby="chart-title" viewBox={`0 0 ${left + plot + 60} ${height}`} className="h-auto w-full font-sans" style={{ maxWidth: (left + plot + 60) * 1.4 }}>
      <title id="chart-title">{labels.title}</title>
      {[0, 1, 2, 3, 4].map((l) => (
        <g key={l}>
          <line x1={x(l)} x2={x(l)} y1={top - 6} y2={height - 6} stroke="#cbd5e1" strokeDasharray={l === 0 ? undefined : '3 3'} />
          <text x={x(l)} y={top - 12} fontSize="10.5" textAnchor="middle" fill="#334155">{labels.scale[l]}</text>
        </g>
      ))}
      {data.areas.map((a, i) => {
        const y = top + i * (bh + gap);
        const label = a.consolidated === null ? labels.none(a.title) : labels.bar(a.title, format(a.consolidated), a.findings, a.questions);
        return (
          <g key={a.id}>
            <title>{label}</title>
            <text x={left - 8} y={y + bh / 2 + 4} fontSize="11.5" textAnchor="end" fill="#1b2733">
              {a.code} · {a.title.length > 36 ? `${a.title.slice(0, 35)}…` : a.title}
            </text>
            {a.consolidated === null ? (
              <text x={left + 6} y={y + bh / 2 + 4} fontSize="11" fill="#64748b">–</text>
            ) : (
              <>
                <rect x={left} y={y} width={Math.max(2, x(a.consolidated) - left)} height={bh} fill={fillOf(a.consolidated)} stroke="#08306b" strokeWidth="0.75" />
                <text x={x(a.consolidated) + 6} y={y + bh / 2 + 4} fontSize="11.5" fontWeight="600" fill="#1b2733">{format(a.consolidated)}</text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
