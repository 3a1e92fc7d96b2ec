/** The app's public address, for links in mails (JALON_BASE_URL in production). */
export function publicBaseUrl() {
  return (process.env.JALON_BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
}
