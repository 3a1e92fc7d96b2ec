/**
 * Bump when the look or content of the PDF changes (sections, styles, fonts, messages of the
 * `pdf` namespace): cached PDFs are keyed by it (cache.ts), so a new template renders anew.
 */
export const TEMPLATE_VERSION = 'pdf-4';
