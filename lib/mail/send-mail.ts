// Mail goes through SMTP when SMTP_URL is set (smtp://user:pass@host:587); every message is
// also kept in the outbox table, which admins read in the app, so invitations and password
// resets work offline and in the demo.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/client';

export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | null | undefined;

function smtp() {
  if (transport === undefined) transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null;
  return transport;
}

export async function sendMail(db: Db, mail: Mail) {
  const row = await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text } });
  const t = smtp();
  if (!t) return row;
  try {
    await t.sendMail({ from: process.env.MAIL_FROM ?? 'Jalon <no-reply@jalon.invalid>', ...mail });
    return db.outboxMail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
  } catch (error) {
    return db.outboxMail.update({ where: { id: row.id }, data: { error: (error as Error).message.slice(0, 500) } });
  }
}
