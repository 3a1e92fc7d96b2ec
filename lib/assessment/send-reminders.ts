import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { translator } from '../i18n/translate';
import { sendMail } from '../mail/send-mail';
import { fail, ok } from '../result';
import { remindSchema } from './schemas';
import { assessmentScope } from './scope';
import { collecting } from './status';
import { isAnswered } from './values';
import { entityArgs } from '../i18n/entity-name';

/**
 * Mails the contributors of entities that have not finished: how many questions wait, and
 * the link to their questionnaire. The mail goes through the outbox (sent by SMTP when
 * configured), in each recipient's language.
 */
export const sendReminders = defineAction({
  name: 'assessment.remind',
  input: remindSchema,
  policy: 'assessment.manage',
  scope: (db, input) => assessmentScope(db, input.assessmentId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const a = await tx.assessment.findUnique({ where: { id: input.assessmentId }, select: { status: true, title: true, endsOn: true } });
      if (!a) return fail('auth.forbidden');
      if (!collecting(a.status)) return fail('assessment.notCollecting');
      const entityIds = [...new Set(input.entityIds)];
      const entities = await tx.assessmentEntity.findMany({
        where: { assessmentId: input.assessmentId, entityId: { in: entityIds } },
        select: { entity: { select: { id: true, nameFr: true, nameEn: true, articleFr: true } } },
      });
      if (entities.length !== entityIds.length) return fail('form.invalid', { entityIds: ['assessment.notParticipant'] });
      let sent = 0;
      const withoutContributor: string[] = [];
      for (const { entity } of entities) {
        const assigned = await tx.assignment.count({ where: { assessmentId: input.assessmentId, entityId: entity.id } });
        const responses = await tx.response.findMany({ where: { assessmentId: input.assessmentId, entityId: entity.id }, select: { state: true, maturity: true } });
        const waiting = assigned - responses.filter((r) => isAnswered(r.state, r.maturity)).length;
        if (waiting <= 0) continue;
        const people = await tx.membership.findMany({
          where: { role: 'CONTRIBUTOR', entityId: entity.id, OR: [{ assessmentId: null }, { assessmentId: input.assessmentId }], user: { disabled: false } },
          select: { user: { select: { email: true, name: true, locale: true } } },
        });
        if (people.length === 0) withoutContributor.push(entity.id);
        for (const { user } of people) {
          const locale = user.locale === 'en' ? 'en' : 'fr';
          const t = translator(locale, 'assessmentMail');
          const url = `${ctx.baseUrl}/${locale}/assessments/${input.assessmentId}/entities/${entity.id}`;
          await sendMail(tx, {
            to: user.email,
            subject: t('reminderSubject', { title: a.title }),
            text: t('reminderText', { name: user.name, count: waiting, ...entityArgs(locale, entity), title: a.title, url, sender: ctx.user.name }),
          });
          sent++;
        }
      }
      await ctx.audit(tx, 'assessment.remind', { type: 'Assessment', id: input.assessmentId }, undefined, { entityIds, sent, withoutContributor });
      return ok({ sent, withoutContributor: withoutContributor.length });
    }),
});
