// A PDF worker thread: renders sections, assembles documents, answers the pool (pool.ts).
import { parentPort } from 'node:worker_threads';
import { assemble } from './assemble';
import { renderRoadmapPdf } from './render';
import { renderPart } from './render-section';
import { renderBriefPdf } from './brief/render';
import { renderProgressPdf } from './progress/render';
import type { WorkerReply, WorkerTask } from './pool';
import { beninDocument } from './fixtures/benin';
import { stressDocument } from './fixtures/stress';

async function handle(task: WorkerTask): Promise<WorkerReply> {
  switch (task.type) {
    case 'warm': {
      // Loads react-pdf, the fonts and both languages' hyphenation patterns, and gives the JIT
      // a few hundred rows of every section to optimise: a worker's first renders are 2-3 times
      // slower than its later ones.
      await renderRoadmapPdf(beninDocument('fr'));
      await renderRoadmapPdf(stressDocument('en', { actions: 80, findings: 12 }));
      return { id: task.id, ok: true, type: 'warm' };
    }
    case 'parts': {
      const parts = [];
      for (const plan of task.plans) parts.push(await renderPart(task.doc, plan.ids, plan.chunk));
      return { id: task.id, ok: true, type: 'parts', parts };
    }
    case 'assemble': {
      const r = await assemble(task.doc, task.parts, { reuse: task.reuse });
      return { id: task.id, ok: true, type: 'pdf', bytes: r.bytes, pages: r.pages };
    }
    case 'progress': {
      const r = await renderProgressPdf(task.doc);
      return { id: task.id, ok: true, type: 'pdf', bytes: r.bytes, pages: r.pages };
    }
    case 'brief': {
      const r = await renderBriefPdf(task.doc);
      return { id: task.id, ok: true, type: 'pdf', bytes: r.bytes, pages: r.pages };
    }
    case 'render': {
      const r = await renderRoadmapPdf(task.doc);
      return { id: task.id, ok: true, type: 'pdf', bytes: r.bytes, pages: r.pages };
    }
  }
}

parentPort!.on('message', (task: WorkerTask) => {
  handle(task).then(
    (reply) => parentPort!.postMessage(reply),
    (error: unknown) => parentPort!.postMessage({ id: task.id, ok: false, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) }),
  );
});
parentPort!.postMessage({ id: 0, ok: true, type: 'ready' });
