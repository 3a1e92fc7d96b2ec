import { saveUpdate } from '@/lib/followup/save-update';
import { postJsonAction } from '@/lib/http/json-action';

/** A progress update's autosave, answered like the questionnaire's (409 on a conflict, with both texts). */
export async function POST(req: Request) {
  return postJsonAction(req, saveUpdate, {}, {
    maxBytes: 256 * 1024,
    statusOf: (r) => (r.ok && r.data.status === 'conflict' ? 409 : 200),
  });
}
