import type { Prisma } from '../db/client';

type Tx = Prisma.TransactionClient;

/** An update with what its validation steps need: its period, action and roadmap. */
export async function updateWithContext(tx: Tx, updateId: string) {
  return tx.progressUpdate.findUnique({
    where: { id: updateId },
    include: {
      period: { select: { key: true, closedAt: true, dueOn: true } },
      trackedAction: { select: { id: true, title: true, leadEntityId: true, supportingEntityIds: true, removedAt: true } },
      followUp: { select: { roadmap: { select: { id: true, slug: true, title: true } } } },
    },
  });
}

export type UpdateWithContext = NonNullable<Awaited<ReturnType<typeof updateWithContext>>>;

/** The update's content as a step keeps it: what the coordinator accepted or returned. */
export function contentOf(u: UpdateWithContext) {
  return {
    status: u.status, percent: u.percent, spent: u.spent === null ? null : Number(u.spent), indicatorValues: u.indicatorValues,
    done: u.done, blockers: u.blockers, nextSteps: u.nextSteps, version: u.version,
  };
}

export function notePayload(u: UpdateWithContext, excerpt = '') {
  const r = u.followUp.roadmap;
  return { roadmapId: r.id, slug: r.slug, title: r.title, period: u.period.key, action: u.trackedAction.title, excerpt: excerpt.slice(0, 500) };
}
