// Runs once when the server starts. The PDF worker pool starts and warms up then (in
// production), so that the first download does not pay for loading the renderer and its
// fonts (about a second per worker, more on a busy machine). PDF_WARM=0 turns it off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production' || process.env.PDF_WARM === '0') return;
  const { getPdfPool } = await import('./lib/pdf/pool');
  getPdfPool();
}
