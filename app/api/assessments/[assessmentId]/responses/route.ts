import { saveResponse } from '@/lib/assessment/save-response';
import { postJsonAction } from '@/lib/http/json-action';

type Params = { params: Promise<{ assessmentId: string }> };

/** The questionnaire's autosave: 200 saved, 409 conflict (with both texts), 401 signed out. */
export async function POST(req: Request, { params }: Params) {
  const { assessmentId } = await params;
  return postJsonAction(req, saveResponse, { assessmentId }, {
    maxBytes: 256 * 1024,
    statusOf: (r) => (r.ok && r.data.status === 'conflict' ? 409 : 200),
  });
}
