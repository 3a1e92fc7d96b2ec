import { getTranslations } from 'next-intl/server';
import { carryOver } from '@/lib/framework/carry-over';
import type { FrameworkContent } from '@/lib/framework/schema';
import { Link } from '@/lib/i18n/navigation';

/** For a version that follows another: how many of its questions are new, split, merged or reworded, and the way to the comparison. */
export async function WhatIsNew({ content }: { content: FrameworkContent }) {
  const t = await getTranslations('framework.whatIsNew');
  const mapping = carryOver(content);
  if (!mapping) return null;
  const count = (r: string) => mapping.questions.filter((q) => q.relation === r).length;
  const { slug } = content.framework;
  return (
    <section aria-labelledby="what-is-new" className="rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-sm text-slate-800">
      <h2 id="what-is-new" className="text-base font-semibold">{t('title', { previous: mapping.from })}</h2>
      <p className="mt-1">{t('summary', { added: count('new'), split: count('split'), merged: count('merged'), reworded: count('reworded'), same: count('same') })}</p>
      <p className="mt-1">
        <Link href={`/framework/diff?from=${encodeURIComponent(`${slug}/${mapping.from}`)}&to=${encodeURIComponent(`${slug}/${mapping.to}`)}`} className="font-medium text-un-blue underline-offset-2 hover:underline">
          {t('compare', { previous: mapping.from })}
        </Link>
      </p>
    </section>
  );
}
