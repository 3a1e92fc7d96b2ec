import { postJsonAction } from '@/lib/http/json-action';
import { saveTranslation } from '@/lib/translation/save-translation';

// `slug` is the roadmap's id here (the segment is named like its neighbours).
type Params = { params: Promise<{ slug: string }> };

/** The autosave of one translated text, answered like the questionnaire's. */
export async function POST(req: Request, { params }: Params) {
  const { slug } = await params;
  return postJsonAction(req, saveTranslation, { roadmapId: slug }, {
    maxBytes: 256 * 1024,
    statusOf: (r) => (r.ok && r.data.status === 'conflict' ? 409 : 200),
  });
}
