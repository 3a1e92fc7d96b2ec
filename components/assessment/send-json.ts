import type { SaveResponse, SendOutcome } from '@/lib/assessment/autosave-store';
import type { MessageKey } from '@/lib/result';

/**
 * Posts an autosave to its route handler and sorts the answer out: saved or conflict (both
 * carry the stored answer), signed out, refused (a message key), or "try again later" for
 * anything the network or the server may recover from.
 */
export async function postAutosave<V>(url: string, body: unknown): Promise<SendOutcome<V>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin',
      signal: AbortSignal.timeout(20_000),
    });
  } catch {
    return { kind: 'offline' };
  }
  if (res.status === 401) return { kind: 'signedOut' };
  if (res.status >= 500 || res.status === 408 || res.status === 429) return { kind: 'offline' };
  const json = (await res.json().catch(() => null)) as { ok?: boolean; data?: SaveResponse<V>; error?: MessageKey } | null;
  if (!json) return { kind: 'offline' };
  if ((res.status === 200 || res.status === 409) && json.ok && json.data) return { kind: 'ok', data: json.data };
  return { kind: 'refused', error: json.error ?? 'errors.unexpected' };
}
