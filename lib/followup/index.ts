// The follow-up's public surface for other parts of Jalon (pages, the progress PDF, the
// programme view across countries). Every read takes the country: call it per country.
export { implementationRates, indicatorPaths, paragraphCoverage, periodCounts, spending } from './dashboard';
export type { ImplementationRates, IndicatorPath, ParagraphCoverage, PeriodCounts, Rate, Spending } from './dashboard';
export { defaultPeriod, getDashboard, getFollowUpOf, type Dashboard } from './get-dashboard';
export { expectedActions, getPeriod, listLate, listPeriodRows, type PeriodInfo, type PeriodRow } from './period-rows';
export { periodLabel, englishKey, RHYTHMS, type Rhythm } from './periods';
