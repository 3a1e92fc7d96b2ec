// The French catalog is the reference: every message key the code names is checked against it
// at type check (next-intl's AppConfig). One line per file of messages/fr/ (tests/unit/i18n-types.test.ts
// fails when a file is missing here).
export type CatalogMessages = {
  account: typeof import('./messages/fr/account.json');
  app: typeof import('./messages/fr/app.json');
  assessment: typeof import('./messages/fr/assessment.json');
  assessmentMail: typeof import('./messages/fr/assessmentMail.json');
  attachment: typeof import('./messages/fr/attachment.json');
  audit: typeof import('./messages/fr/audit.json');
  auth: typeof import('./messages/fr/auth.json');
  confirm: typeof import('./messages/fr/confirm.json');
  consolidation: typeof import('./messages/fr/consolidation.json');
  country: typeof import('./messages/fr/country.json');
  demo: typeof import('./messages/fr/demo.json');
  diffField: typeof import('./messages/fr/diffField.json');
  entityKind: typeof import('./messages/fr/entityKind.json');
  errors: typeof import('./messages/fr/errors.json');
  export: typeof import('./messages/fr/export.json');
  followup: typeof import('./messages/fr/followup.json');
  followupExport: typeof import('./messages/fr/followupExport.json');
  followupPage: typeof import('./messages/fr/followupPage.json');
  footer: typeof import('./messages/fr/footer.json');
  form: typeof import('./messages/fr/form.json');
  framework: typeof import('./messages/fr/framework.json');
  home: typeof import('./messages/fr/home.json');
  installation: typeof import('./messages/fr/installation.json');
  invitation: typeof import('./messages/fr/invitation.json');
  language: typeof import('./messages/fr/language.json');
  mail: typeof import('./messages/fr/mail.json');
  nav: typeof import('./messages/fr/nav.json');
  notifications: typeof import('./messages/fr/notifications.json');
  outbox: typeof import('./messages/fr/outbox.json');
  pdf: typeof import('./messages/fr/pdf.json');
  pdfBrief: typeof import('./messages/fr/pdfBrief.json');
  pdfProgress: typeof import('./messages/fr/pdfProgress.json');
  people: typeof import('./messages/fr/people.json');
  programme: typeof import('./messages/fr/programme.json');
  questionnaire: typeof import('./messages/fr/questionnaire.json');
  results: typeof import('./messages/fr/results.json');
  roadmap: typeof import('./messages/fr/roadmap.json');
  roadmapText: typeof import('./messages/fr/roadmapText.json');
  roles: typeof import('./messages/fr/roles.json');
  translation: typeof import('./messages/fr/translation.json');
  user: typeof import('./messages/fr/user.json');
  xliff: typeof import('./messages/fr/xliff.json');
};

declare module 'next-intl' {
  interface AppConfig {
    Messages: CatalogMessages;
  }
}
