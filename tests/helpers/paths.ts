import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TEMPLATE_DIR = path.join(ROOT, 'test-results', '.db');
export const TEMPLATE_SQLITE = path.join(TEMPLATE_DIR, 'template.db');
