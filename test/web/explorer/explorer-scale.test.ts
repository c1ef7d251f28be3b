import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/paths.js';
import { launchChromium, waitIdle, watchPage } from './browser.js';
import { type ExplorerServer, startExplorerServer } from './explorer-server.js';
import { measureRender } from './measure-render.js';
import { syntheticView } from './synthetic-view.js';

describe('the /explore page at scale', () => {
  let server: ExplorerServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startExplorerServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders a generated 5,000-node view and records how long it took', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = watchPage(page);
    await page.goto(`${server.http.url}/explore`);
    await waitIdle(page);

    const view = syntheticView(5_000);
    const measured = await measureRender(page, view);
    console.log(`[explorer] 5,000 nodes: ${JSON.stringify(measured)}`);
    fs.mkdirSync(path.join(projectRoot, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(projectRoot, 'test-results', 'explorer-render-5000.json'), `${JSON.stringify(measured, null, 2)}\n`);
    await page.screenshot({ path: path.join(projectRoot, 'test-results', 'explorer-5000.png') });

    expect(measured.nodes).toBe(5_000);
    expect(measured.edges).toBe(view.edges.length);
    expect(measured.visibleNodes).toBe(5_000);
    expect(measured.paintedPixels).toBeGreaterThan(1_000);
    // Software WebGL (SwiftShader) on a CI machine: generous bounds, the numbers are in the log.
    expect(measured.firstRenderMs).toBeLessThan(20_000);
    expect(measured.layoutIterations).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
