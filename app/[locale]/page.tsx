import { needsTwoFactorSetup } from '@/lib/auth/session-user';
import { redirect } from 'next/navigation';
import { listCountries } from '@/lib/country/views';
import { loadPublicPage } from '@/lib/page/load-page';
import { Link } from '@/lib/i18n/navigation';
import { loadHome } from '@/lib/home/load-home';
import { PersonalHome } from '@/components/home/personal-home';

type Props = { params: Promise<{ locale: string }> };

const STEPS = ['setup', 'answer', 'consolidate', 'roadmap', 'pdf'] as const;

export default async function HomePage({ params }: Props) {
  const { locale, user, userDb, t } = await loadPublicPage(params, { namespace: 'home' });
  if (user && needsTwoFactorSetup(user)) redirect(`/${locale}/account/two-factor?required=1`);
  // A signed-in person sees what waits for them; a visitor, what Jalon is.
  const countries = userDb ? await listCountries(userDb, locale) : null;
  if (user && userDb) {
    return (
      <div className="space-y-10">
        <PersonalHome data={await loadHome(userDb, user, locale)} name={user.name} locale={locale} />
        <CountriesSection countries={countries} t={t} />
      </div>
    );
  }
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="max-w-3xl">
        <h1 id="home-title" className="text-3xl font-semibold tracking-tight text-un-blue-dark">
          {t('title')}
        </h1>
        <p className="mt-4 text-lg text-slate-700">{t('intro')}</p>
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="text-xl font-semibold">
          {t('stepsTitle')}
        </h2>
        <ol className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {STEPS.map((step, i) => (
            <li key={step} className="rounded border border-slate-200 bg-white p-4 text-sm shadow-sm">
              <span aria-hidden="true" className="mb-2 grid h-7 w-7 place-items-center rounded-full bg-un-blue text-white">
                {i + 1}
              </span>
              {t(`steps.${step}`)}
            </li>
          ))}
        </ol>
      </section>

      <CountriesSection countries={countries} t={t} />
    </div>
  );
}

type Countries = Awaited<ReturnType<typeof listCountries>> | null;

/** The countries a signed-in person works on (or, for a visitor, the invitation to sign in). */
function CountriesSection({ countries, t }: { countries: Countries; t: Awaited<ReturnType<typeof loadPublicPage<{ locale: string }, 'home'>>>['t'] }) {
  return (
    <section aria-labelledby="countries-title">
      <h2 id="countries-title" className="text-xl font-semibold">
        {t('countriesTitle')}
      </h2>
      {countries === null ? (
        <p className="mt-4">
          <Link href="/sign-in" className="inline-block rounded bg-un-blue px-4 py-2 font-medium text-white">{t('signInToWork')}</Link>
        </p>
      ) : countries.length === 0 ? (
        <p className="mt-4 text-slate-600">{t('noCountries')}</p>
      ) : (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {countries.map((c) => (
            <li key={c.code} className="rounded border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex items-start justify-between gap-2">
                <h3 className="text-lg font-medium">{c.name}</h3>
                {c.demo && (
                  <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{t('demoTag')}</span>
                )}
              </div>
              <p className="text-sm text-slate-600">{t('entities', { count: c.entityCount })}</p>
              <Link
                href={`/countries/${c.code.toLowerCase()}`}
                className="mt-3 inline-block text-sm font-medium text-un-blue underline-offset-2 hover:underline"
              >
                {t('openRegister', { country: c.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
