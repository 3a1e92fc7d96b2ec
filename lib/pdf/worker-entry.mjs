// Entry of a PDF worker thread: workers start plain Node, so register tsx (a dependency, also
// used by `npm start`) to load the TypeScript sources, then run lib/pdf/worker.ts.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
