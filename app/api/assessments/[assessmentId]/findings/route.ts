import { saveFinding } from '@/lib/assessment/save-finding';
import { postJsonAction } from '@/lib/http/json-action';

type Params = { params: Promise<{ assessmentId: string }> };

/** The consolidated finding's autosave, answered like the questionnaire's. */
export async function POST(req: Request, { params }: Params) {
  const { assessmentId } = await params;
  return postJsonAction(req, saveFinding, { assessmentId }, {
    maxBytes: 256 * 1024,
    statusOf: (r) => (r.ok && r.data.status === 'conflict' ? 409 : 200),
  });
}
