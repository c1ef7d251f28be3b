import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/paths.js';
import { launchChromium, stats, waitIdle, watchPage } from './browser.js';
import { type ExplorerServer, startExplorerServer } from './explorer-server.js';
import { clickNode, freezeLayout, isolatedEdgeMidpoint, searchAndOpen } from './page-actions.js';

const ZELENSKYY = 'person:volodymyr-zelenskyy';
const UKRAINE = 'inst:ukraine';
const PUTIN = 'person:vladimir-putin';
const artifacts = path.join(projectRoot, 'test-results');

/** One browser session through the scenario; each step builds on the previous one. */
describe('the /explore page on the example dataset, in headless Chromium', () => {
  let server: ExplorerServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  const panelTitle = () => page.locator('[data-testid="panel-title"]').textContent();

  beforeAll(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    server = await startExplorerServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    problems = watchPage(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads, with a link to the playground', async () => {
    await page.goto(`${server.http.url}/explore`);
    await waitIdle(page);
    expect(await page.title()).toBe('Stancegraph explorer');
    expect(await page.getByRole('link', { name: 'GraphQL playground' }).getAttribute('href')).toBe('/graphql');
  });

  it('finds Zelenskyy by search, from the keyboard, and shows his neighbourhood', async () => {
    await searchAndOpen(page, 'Zelenskyy', ZELENSKYY);
    await page.waitForFunction(() => document.querySelector('[data-testid="panel-title"]')?.textContent === 'Volodymyr Zelenskyy');
    expect(new URL(page.url()).searchParams.get('id')).toBe(ZELENSKYY);
    const s = await stats(page);
    expect(s.visibleNodes).toBeGreaterThan(3);
    expect(s.visibleEdges).toBeGreaterThan(2);
    expect(await page.getAttribute('#graph', 'data-visible-nodes')).toBe(String(s.visibleNodes));
    expect(await page.evaluate((id) => window.__explorer!.nodeAttributes(id), UKRAINE)).not.toBeNull();
    expect(await page.evaluate(() => window.__explorer!.paintedPixels())).toBeGreaterThan(100);
  });

  it('shows the neighbour count before expanding, and expands a node when it is clicked', async () => {
    const before = (await page.evaluate((id) => window.__explorer!.nodeAttributes(id), UKRAINE))!;
    expect(before.label).toBe(`Ukraine (${String(before.degree)})`);
    const nodesBefore = (await stats(page)).nodes;

    await clickNode(page, UKRAINE);
    await page.waitForFunction((n) => window.__explorer!.stats().nodes > n, nodesBefore);
    await waitIdle(page);
    expect(await panelTitle()).toBe('Ukraine');
    expect((await page.evaluate((id) => window.__explorer!.nodeAttributes(id), UKRAINE))!.label).toBe('Ukraine');
    expect(await page.locator('[data-action="toggle-expand"]').textContent()).toBe('Collapse');
    // Ukraine's opposition to ceding Donbas is now on screen.
    expect(await page.evaluate((id) => window.__explorer!.nodeAttributes(id), 'term:ukraine-cedes-donbas')).not.toBeNull();
  });

  // Right after an expansion the layout is running; positions it sent before the stop must not land after it
  // (they did, through the slow-frame back-off, and moved nodes away from where a test was about to click).
  it('leaves every node where it is once the layout is stopped', async () => {
    const moved = await page.evaluate(async () => {
      const hook = window.__explorer!;
      hook.stopLayout();
      // Positions applied just before the stop reach the screen with sigma's next frame, which may
      // also rescale the view to the nodes' new extent: measure from that frame on.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const before = hook.nodeIds().map((id) => hook.nodePosition(id)!);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return hook.nodeIds().filter((id, i) => Math.hypot(hook.nodePosition(id)!.x - before[i]!.x, hook.nodePosition(id)!.y - before[i]!.y) > 0.5);
    });
    expect(moved).toEqual([]);
  });

  it('filters by stance without reloading', async () => {
    const before = await stats(page);
    await page.getByLabel('Proposed', { exact: true }).uncheck();
    await page.getByLabel('Supported', { exact: true }).uncheck();
    const visible = await page.evaluate(() => window.__explorer!.visibleEdges());
    const stances = new Set(visible.map((e) => e.stance).filter(Boolean));
    expect([...stances]).toEqual(['OPPOSED']);
    const after = await stats(page);
    expect(after.visibleEdges).toBe(visible.length);
    expect(after.visibleEdges).toBeLessThan(before.visibleEdges);
    expect(after.nodes).toBe(before.nodes); // hidden, not removed
    expect(await page.getAttribute('#graph', 'data-visible-edges')).toBe(String(after.visibleEdges));
  });

  it('filters by date with the range slider', async () => {
    const before = await stats(page);
    const december = Math.floor(Date.UTC(2025, 11, 1) / 86_400_000);
    await page.getByLabel('From', { exact: true }).fill(String(december));
    expect(await page.locator('#date-range-text').textContent()).toMatch(/^2025-12-01 – /);
    const visible = await page.evaluate(() => window.__explorer!.visibleEdges());
    expect(visible.length).toBeLessThan(before.visibleEdges);
    // Month-precision November positions end before the range; undated relationships stay.
    expect(visible.filter((e) => e.date && String(e.date) < '2025-12')).toEqual([]);
    const min = (await page.getByLabel('From', { exact: true }).getAttribute('min'))!;
    await page.getByLabel('From', { exact: true }).fill(min);
    expect((await stats(page)).visibleEdges).toBe(before.visibleEdges);
  });

  it('opens a position from the side panel, with its quote and clickable sources', async () => {
    await page.locator('button.position-item:has(.stance-opposed)').first().click();
    const position = page.locator('[data-testid="position"]');
    await position.waitFor();
    await waitIdle(page);
    expect(await position.locator('h3').textContent()).toMatch(/^Opposed Ukraine → /);
    const links = position.locator('[data-testid="sources"] a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toContain('noopener');
    }
    // The links are the position's sources as the API gives them.
    const positionId = (await position.getAttribute('data-position-id'))!;
    const api = await fetch(`${server.http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($id: ID!) { node(id: $id) { ... on Position { sources { url } } } }', variables: { id: positionId } }),
    });
    const { data } = (await api.json()) as { data: { node: { sources: { url: string }[] } } };
    expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toEqual(data.node.sources.map((s) => new URL(s.url).href));
  });

  it('opens a position by clicking its edge', async () => {
    await freezeLayout(page);
    const edge = await isolatedEdgeMidpoint(page, 'OPPOSED');
    await page.mouse.click(edge.x, edge.y);
    await page.locator(`[data-testid="position"][data-position-id="${edge.positionId}"]`).waitFor();
    await page.screenshot({ path: path.join(artifacts, 'explorer.png') });
  });

  it('collapses a node on double-click, dropping what only it brought in', async () => {
    await page.getByLabel('Proposed', { exact: true }).check();
    await page.getByLabel('Supported', { exact: true }).check();
    const before = await stats(page);
    await freezeLayout(page);
    const at = (await page.evaluate((id) => window.__explorer!.nodePosition(id), UKRAINE))!;
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((n) => window.__explorer!.stats().nodes < n, before.nodes);
    expect(await page.evaluate((id) => window.__explorer!.nodeAttributes(id), 'term:ukraine-cedes-donbas')).toBeNull();
    expect(await page.evaluate((id) => window.__explorer!.nodeAttributes(id)?.label, UKRAINE)).toMatch(/^Ukraine \(\d+\)$/);
    expect(await page.evaluate((id) => window.__explorer!.nodeAttributes(id), ZELENSKYY)).not.toBeNull();
  });

  it('highlights the shortest path between two chosen nodes', async () => {
    // After the previous test's collapse, nodes can sit on top of each other for a moment and a
    // click may open a neighbour instead; click again (slower than a double-click) until it is his.
    const panelTitle = () => page.evaluate(() => document.querySelector('[data-testid="panel-title"]')?.textContent);
    await expect
      .poll(async () => {
        await clickNode(page, ZELENSKYY);
        await page.waitForTimeout(700);
        return panelTitle();
      }, { timeout: 25_000, interval: 800 })
      .toBe('Volodymyr Zelenskyy');
    await page.getByRole('button', { name: 'Path from here' }).click();
    await searchAndOpen(page, 'Putin', PUTIN);
    await page.getByRole('button', { name: 'Path to here' }).click();
    await page.getByRole('button', { name: 'Find shortest path' }).click();
    await page.locator('.path-steps li').first().waitFor();
    await waitIdle(page);
    const steps = await page.locator('.path-steps li').allTextContents();
    expect(steps[0]).toMatch(/^Volodymyr Zelenskyy/);
    expect(steps.at(-1)).toMatch(/^Vladimir Putin/);
    expect(await page.evaluate(() => window.__explorer!.stats().highlighted)).toBe(steps.length);
  });

  it('exports the view as JSON, GraphML and PNG', async () => {
    const visible = await stats(page);
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
      return fs.readFileSync((await download.path())!);
    };
    const json = JSON.parse((await save('JSON')).toString('utf8')) as { nodes: unknown[]; edges: unknown[] };
    expect(json.nodes).toHaveLength(visible.visibleNodes);
    expect(json.edges).toHaveLength(visible.visibleEdges);
    const graphml = (await save('GraphML')).toString('utf8');
    expect(graphml.startsWith('<?xml')).toBe(true);
    expect(graphml.match(/<node /g)).toHaveLength(visible.visibleNodes);
    const png = await save('PNG');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(5_000);
    expect(problems).toEqual([]);
  });

  it('opens the node named in a deep link', async () => {
    const other = await browser.newPage();
    const otherProblems = watchPage(other);
    await other.goto(`${server.http.url}/explore?id=term:permanent-nato-bar`);
    await waitIdle(other);
    await other.locator('#details .id').waitFor();
    expect(await other.locator('#details .id').textContent()).toBe('term:permanent-nato-bar');
    expect((await stats(other)).visibleNodes).toBeGreaterThan(1);
    expect(otherProblems).toEqual([]);
    await other.close();
  });
});
