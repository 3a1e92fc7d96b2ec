// Notifications in the app and by mail (outbox when no SMTP), in each recipient's language.
import type { Prisma } from '../db/client';
import type { Role } from '../auth/policy';
import { sendMail } from '../mail/send-mail';
import { translator } from '../i18n/translate';

type Tx = Prisma.TransactionClient;
export type NotificationKind = 'roadmapSubmitted' | 'roadmapApproved' | 'roadmapChangesRequested' | 'roadmapComment' | 'roadmapMention';

export async function notify(
  tx: Tx,
  o: { countryId: string; roles?: Role[]; userIds?: string[]; kind: NotificationKind; payload: { roadmapId: string; slug: string; title: string; number?: number; excerpt?: string }; baseUrl: string; exceptUserId?: string },
) {
  const users = await tx.user.findMany({
    where: {
      disabled: false,
      OR: [
        ...(o.roles ? [{ memberships: { some: { role: { in: o.roles }, countryId: o.countryId } } }] : []),
        ...(o.userIds?.length ? [{ id: { in: o.userIds } }] : []),
      ],
    },
    select: { id: true, email: true, locale: true },
  });
  for (const u of users) {
    if (u.id === o.exceptUserId) continue;
    await tx.notification.create({ data: { userId: u.id, kind: o.kind, payload: o.payload } });
    const locale = u.locale === 'en' ? 'en' : 'fr';
    const t = translator(locale, 'notifications');
    const url = `${o.baseUrl}/${locale}/roadmaps/${o.payload.slug}`;
    await sendMail(tx, {
      to: u.email,
      subject: t(`${o.kind}.subject`, { title: o.payload.title, number: o.payload.number ?? 0 }),
      text: t(`${o.kind}.text`, { title: o.payload.title, number: o.payload.number ?? 0, url, excerpt: o.payload.excerpt ?? '' }),
    });
  }
}
