// A client in its own thread, so that its clock keeps running while the main thread is busy:
// it asks `url` every `intervalMs` and reports each answer's latency when told to stop.
import { parentPort, workerData } from 'node:worker_threads';

const { url, intervalMs } = workerData;
const latencies = [];
let stopped = false;
let inFlight = 0;

parentPort.on('message', (m) => {
  if (m === 'stop') stopped = true;
});

async function once() {
  inFlight++;
  const t0 = performance.now();
  try {
    const res = await fetch(url);
    await res.arrayBuffer();
    latencies.push(performance.now() - t0);
  } finally {
    inFlight--;
  }
}

const timer = setInterval(() => {
  if (stopped) {
    if (inFlight === 0) {
      clearInterval(timer);
      parentPort.postMessage(latencies);
    }
    return;
  }
  once().catch(() => latencies.push(Number.POSITIVE_INFINITY));
}, intervalMs);
