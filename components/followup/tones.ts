import type { BadgeTone } from '@/components/ui/badge';

/** The badge of an update's review state (none yet: neutral). */
export function reviewTone(review: string | null): BadgeTone {
  return review === 'ACCEPTED' ? 'success' : review === 'RETURNED' ? 'danger' : review === 'SUBMITTED' ? 'info' : 'neutral';
}
