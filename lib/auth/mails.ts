// The texts of the mails accounts send, in the recipient's language.
import type { Locale } from '../i18n/routing';
import { translator } from '../i18n/translate';

export function resetPasswordMail(locale: Locale, url: string) {
  const t = translator(locale, 'mail');
  return { subject: t('reset.subject'), text: t('reset.text', { url }) };
}

export function invitationMail(locale: Locale, o: { url: string; inviter: string; role: string; country: string; days: number }) {
  const t = translator(locale, 'mail');
  const role = translator(locale)(`roles.${o.role}`);
  return { subject: t('invitation.subject', { country: o.country }), text: t('invitation.text', { ...o, role }) };
}
