/**
 * ForceAtlas2 off the main thread. Bundled as its own file (layout-worker.js) and served from the
 * page's origin, so the page's CSP needs no blob: workers. The page sends a snapshot of the graph;
 * this runs FA2 in short batches and posts positions back until told to stop or out of time.
 */
import { DirectedGraph } from 'graphology';
import { forceAtlas2 } from './fa2.js';
import type { LayoutProgress, LayoutStart, ToWorker } from './layout-protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: LayoutProgress, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** Each batch aims at this long, so a stop message is never waited on for more than a moment. */
const BATCH_MS = 40;
let current = 0;

function run(start: LayoutStart): void {
  const graph = new DirectedGraph();
  const n = start.positions.length / 2;
  for (let i = 0; i < n; i++) graph.addNode(i, { x: start.positions[2 * i], y: start.positions[2 * i + 1] });
  for (let i = 0; i < start.edges.length; i += 2) {
    const s = start.edges[i]!;
    const t = start.edges[i + 1]!;
    if (s !== t && !graph.hasEdge(s, t)) graph.addEdge(s, t);
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 400, adjustSizes: false };
  const deadline = performance.now() + start.maxMs;
  let iterations = 0;
  let perBatch = 1;

  const step = () => {
    if (current !== start.run) return;
    const began = performance.now();
    forceAtlas2.assign(graph, { iterations: perBatch, settings });
    iterations += perBatch;
    const took = performance.now() - began;
    perBatch = Math.max(1, Math.min(50, Math.round(perBatch * (BATCH_MS / Math.max(1, took)))));
    const positions = new Float32Array(n * 2);
    graph.forEachNode((node, a) => {
      const i = Number(node);
      positions[2 * i] = a.x as number;
      positions[2 * i + 1] = a.y as number;
    });
    const done = performance.now() >= deadline;
    scope.postMessage({ kind: 'positions', run: start.run, positions, iterations, done }, [positions.buffer]);
    if (!done) setTimeout(step, 0);
  };
  step();
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'stop') {
    current = -1;
    return;
  }
  current = message.run;
  run(message);
};
