// The explorer names paragraphs as the roadmap's annex does: lib/framework/paragraph-check.ts.
export { paragraphName as paragraphLabel } from '@/lib/framework/paragraph-check';
