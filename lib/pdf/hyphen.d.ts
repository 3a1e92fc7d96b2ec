// The `hyphen` package ships no types; these are the parts lib/pdf/fonts.ts uses.
type Hyphenation = { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
declare module 'hyphen/fr' {
  const fr: Hyphenation;
  export default fr;
}
declare module 'hyphen/en-us' {
  const en: Hyphenation;
  export default en;
}
