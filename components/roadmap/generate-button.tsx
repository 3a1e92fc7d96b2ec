'use client';

import { useTranslations } from 'next-intl';
import type { DraftCounts } from '@/lib/roadmap/generate-draft';
import type { Result } from '@/lib/result';
import { RunButton } from './run-button';

export function GenerateButton({ run, label }: { run: () => Promise<Result<DraftCounts>>; label: string }) {
  const t = useTranslations('roadmap');
  return <RunButton run={run} label={label} success={(d) => t('generated', d)} />;
}
