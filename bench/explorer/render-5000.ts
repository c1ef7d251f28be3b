/**
 * How long the explorer takes to show a generated 5,000-node view in headless Chromium (Debian's
 * chromium; WebGL 2 on SwiftShader, in software). It measures the build: `dist/web/explorer/routes.js`
 * serving `dist/web/explorer-assets/`, as `npm start` does. It needs no Neo4j: the view goes
 * to the page through its test hook, which runs the same code as a fetched neighbourhood.
 *
 *   npm run build && tsc -p bench/tsconfig.json && node dist-bench/bench/explorer/render-5000.js [nodes]
 *
 * Prints one JSON line and writes it to bench/results/explorer-render-<nodes>.json.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import express from 'express';
import type * as RoutesModule from '../../src/web/explorer/routes.js';
import { launchChromium, waitIdle } from '../../test/web/explorer/browser.js';
import { measureRender } from '../../test/web/explorer/measure-render.js';
import { syntheticView } from '../../test/web/explorer/synthetic-view.js';
import { projectRoot } from '../project.js';

const nodes = Number(process.argv[2] ?? 5_000);
const dist = path.join(projectRoot, 'dist');
if (!fs.existsSync(path.join(dist, 'web', 'explorer-assets', 'explorer.js'))) {
  throw new Error('bench: dist/web/explorer-assets is missing; run `npm run build` first');
}
const { explorerRoutes } = (await import(pathToFileURL(path.join(dist, 'web', 'explorer', 'routes.js')).href)) as typeof RoutesModule;

const server = http.createServer(express().use(explorerRoutes()));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/explore`);
  await waitIdle(page);
  const measured = await measureRender(page, syntheticView(nodes), 10_000);
  const result = { bench: 'explorer-render', at: new Date().toISOString(), chromium: browser.version(), webgl: 'SwiftShader (software)', ...measured };
  console.log(JSON.stringify(result));
  const out = path.join(projectRoot, 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, `explorer-render-${nodes}.json`), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
}
