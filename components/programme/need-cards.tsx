'use client';
import { Badge } from '@/components/ui/badge';

/** A common need as the page shows it, its texts already in the reader's language. */
export type NeedCard = {
  code: string; area: string; heading: string; countries: string;
  entries: { key: string; name: string; needs: string; assistance: string | null }[];
};

const card = 'rounded border border-slate-200 bg-white p-4 shadow-sm sm:p-6';

/**
 * The common needs' cards. A client component for the size of the page only: the page's
 * data carries these texts once, not every element drawn around them; it renders on the
 * server like the rest.
 */
export function NeedCards({ needs, noAssistance }: { needs: NeedCard[]; noAssistance: string }) {
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {needs.map((n) => (
        <li key={n.code} className={card}>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{n.area}</p>
          <h3 className="mt-1 font-semibold">{n.heading}</h3>
          <p className="mt-1 text-sm"><Badge tone="danger">{n.countries}</Badge></p>
          <dl className="mt-3 space-y-2 text-sm">
            {n.entries.map((c) => (
              <div key={c.key}>
                <dt className="font-medium">{c.name}</dt>
                <dd className="text-slate-700">
                  {c.needs && <p>{c.needs}</p>}
                  <p>{c.assistance ?? <span className="text-slate-500">{noAssistance}</span>}</p>
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
