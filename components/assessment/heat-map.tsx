import { fillOf, inkOf, LEVEL_FILL } from './levels';

type Labels = { title: string; cell: (area: string, entity: string, value: string) => string; none: (area: string, entity: string) => string; notAssigned: string; legend: string; legendNone: string; scale: string[] };

/** A column: an entity of one assessment (results page), or a country (programme view). */
export type HeatColumn = { id: string; code: string; acronym?: string | null; name: string };
/** A row per area; a cell per column, `assigned` 0 when the column has nothing to say there. */
export type HeatMapData = { entities: HeatColumn[]; areas: { id: string; code: string; title: string; cells: { mean: number | null; assigned: number }[] }[] };

/**
 * Areas x columns (entities of one assessment, or countries), by the mean level: an SVG rendered
 * on the server (directly, or through a client component such as the programme's
 * CountryHeatMap), with the number in every cell, so that it prints and reads without colour.
 */
export function HeatMap({ data, labels, format, titleId = 'heatmap-title' }: { data: HeatMapData; labels: Labels; format: (n: number) => string; titleId?: string }) {
  const cw = 40;
  const ch = 28;
  const left = 300;
  const top = 92;
  // Wide enough for the legend's six keys too, when there are few columns (countries).
  const width = Math.max(left + data.entities.length * cw + 10, 90 + 6 * 165);
  const height = top + data.areas.length * ch + 56;
  return (
    <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full min-w-[40rem] font-sans" style={{ maxWidth: width * 1.4 }}>
      <title id={titleId}>{labels.title}</title>
      {data.entities.map((e, j) => (
        <text key={e.id} transform={`translate(${left + j * cw + cw / 2 + 4},${top - 8}) rotate(-55)`} fontSize="11" fill="#1b2733">
          {e.acronym ?? e.code}
        </text>
      ))}
      {data.areas.map((a, i) => (
        // The row's font size and anchor are inherited by its cells' numbers (a smaller page).
        <g key={a.id} fontSize="12" textAnchor="middle">
          <text x={left - 8} y={top + i * ch + ch / 2 + 4} textAnchor="end" fill="#1b2733">
            {a.code} · {a.title.length > 36 ? `${a.title.slice(0, 35)}…` : a.title}
          </text>
          {a.cells.map((c, j) => {
            const e = data.entities[j];
            const x = left + j * cw;
            const y = top + i * ch;
            if (c.assigned === 0) {
              return (
                <g key={e.id}>
                  <title>{`${a.title}, ${e.name} : ${labels.notAssigned}`}</title>
                  <rect x={x + 1} y={y + 1} width={cw - 2} height={ch - 2} fill="#ffffff" stroke="#e2e8f0" />
                </g>
              );
            }
            const label = c.mean === null ? labels.none(a.title, e.name) : labels.cell(a.title, e.name, format(c.mean));
            return (
              <g key={e.id}>
                <title>{label}</title>
                <rect x={x + 1} y={y + 1} width={cw - 2} height={ch - 2} fill={c.mean === null ? '#f1f5f9' : fillOf(c.mean)} stroke="#94a3b8" strokeWidth="0.5" />
                <text x={x + cw / 2} y={y + ch / 2 + 4} fill={c.mean === null ? '#64748b' : inkOf(c.mean)}>
                  {c.mean === null ? '–' : format(c.mean)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
      <g transform={`translate(90,${top + data.areas.length * ch + 18})`}>
        <text x={-8} y={13} fontSize="11" textAnchor="end" fill="#1b2733">{labels.legend}</text>
        {LEVEL_FILL.map((f, l) => (
          <g key={l} transform={`translate(${l * 165},0)`}>
            <rect width="18" height="18" fill={f} stroke="#94a3b8" strokeWidth="0.5" />
            <text x="24" y="13" fontSize="11" fill="#1b2733">{labels.scale[l]}</text>
          </g>
        ))}
        <g transform={`translate(${5 * 165},0)`}>
          <rect width="18" height="18" fill="#f1f5f9" stroke="#94a3b8" strokeWidth="0.5" />
          <text x="24" y="13" fontSize="11" fill="#1b2733">{labels.legendNone}</text>
        </g>
      </g>
    </svg>
  );
}
