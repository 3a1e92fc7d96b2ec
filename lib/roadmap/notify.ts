// Notifications in the app and by mail (outbox when no SMTP), in each recipient's language.
import type { Prisma } from '../db/client';
import type { Role } from '../auth/policy';
import { sendMail } from '../mail/send-mail';
import { translator } from '../i18n/translate';
import { periodLabel } from '../followup/periods';

type Tx = Prisma.TransactionClient;
export type NotificationKind = 'roadmapSubmitted' | 'roadmapApproved' | 'roadmapChangesRequested' | 'roadmapComment' | 'roadmapMention'
  | 'progressSubmitted' | 'progressAccepted' | 'progressReturned' | 'progressComment' | 'progressDueSoon' | 'progressDueToday';

export async function notify(
  tx: Tx,
  o: {
    countryId: string; roles?: Role[]; userIds?: string[];
    /** the contributors of these entities (follow-up: the action's lead entity) */
    entityIds?: string[];
    kind: NotificationKind;
    payload: { roadmapId: string; slug: string; title: string; number?: number; excerpt?: string; period?: string; action?: string; due?: string };
    /** where the link leads under the roadmap, e.g. "/follow-up" */
    path?: string;
    baseUrl: string; exceptUserId?: string;
  },
) {
  const users = await tx.user.findMany({
    where: {
      disabled: false,
      OR: [
        ...(o.roles ? [{ memberships: { some: { role: { in: o.roles }, countryId: o.countryId } } }] : []),
        ...(o.userIds?.length ? [{ id: { in: o.userIds } }] : []),
        ...(o.entityIds?.length ? [{ memberships: { some: { role: 'CONTRIBUTOR' as const, countryId: o.countryId, entityId: { in: o.entityIds } } } }] : []),
      ],
    },
    select: { id: true, email: true, locale: true },
  });
  for (const u of users) {
    if (u.id === o.exceptUserId) continue;
    await tx.notification.create({ data: { userId: u.id, kind: o.kind, payload: o.payload } });
    const locale = u.locale === 'en' ? 'en' : 'fr';
    const t = translator(locale, 'notifications');
    const url = `${o.baseUrl}/${locale}/roadmaps/${o.payload.slug}${o.path ?? ''}`;
    const extra = { period: o.payload.period ? periodLabel(o.payload.period, locale) : '', action: o.payload.action ?? '', due: o.payload.due ? new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(o.payload.due)) : '' };
    await sendMail(tx, {
      to: u.email,
      subject: t(`${o.kind}.subject`, { title: o.payload.title, number: o.payload.number ?? 0, ...extra }),
      text: t(`${o.kind}.text`, { title: o.payload.title, number: o.payload.number ?? 0, url, excerpt: o.payload.excerpt ?? '', ...extra }),
    });
  }
}
