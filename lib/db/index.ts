// The app's database client: one per process (and one pg pool), kept across dev reloads.
// Tests and scripts call createClient(url) themselves and pass the client down to lib/.
import { createClient, type PrismaClient } from './client';
import { countingQueries, countQuery } from './query-count';

export { createClient, inTransaction, type Db, type Prisma, type PrismaClient } from './client';

const cache = globalThis as unknown as { jalonDb?: PrismaClient };
export const db: PrismaClient = cache.jalonDb ?? createClient(undefined, countingQueries() ? { onQuery: countQuery } : {});
if (process.env.NODE_ENV !== 'production') cache.jalonDb = db;
