/**
 * Child-process entry for one benchmark server, so the load generator never shares its event loop:
 *   node dist-bench/bench/servers/main.js <ours|bare|peer|cached>
 * with BENCH_NEO4J_URI, BENCH_NEO4J_USER, BENCH_NEO4J_PASSWORD, BENCH_NEO4J_DATABASE and
 * optionally BENCH_PROJECT_ROOT (a patched copy of the project). Prints one JSON line {"url": …}
 * when ready, and closes on SIGTERM.
 */
import { loadProduct } from '../project.js';
import type { ServerName } from '../questions.js';
import { startBare } from './bare.js';
import { startCached, startOurs } from './ours.js';
import { startPeer } from './peer.js';

const kind = process.argv[2] as ServerName;
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const target = { uri: env('BENCH_NEO4J_URI'), user: env('BENCH_NEO4J_USER'), password: env('BENCH_NEO4J_PASSWORD'), database: env('BENCH_NEO4J_DATABASE') };
const product = await loadProduct(process.env.BENCH_PROJECT_ROOT || undefined);
const start = { ours: startOurs, bare: startBare, peer: startPeer, cached: startCached }[kind];
if (!start) throw new Error(`unknown server kind ${kind}`);
const server = await start(product, target);
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
let closing = false;
const close = () => {
  if (closing) return;
  closing = true;
  // Keep-alive sockets a load generator left half-open must not keep the process alive.
  setTimeout(() => process.exit(0), 3_000).unref();
  void server.close().finally(() => process.exit(0));
};
process.on('SIGTERM', close);
process.on('SIGINT', close);
