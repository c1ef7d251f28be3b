import type { Page } from 'playwright-core';
import { waitIdle } from './browser.js';

/** Types into the search box, moves to the hit with the arrow keys and opens it with Enter. */
export async function searchAndOpen(page: Page, query: string, id: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Search' });
  await input.fill(query);
  await page.locator(`#search-results li[data-id="${id}"]`).waitFor();
  const ids = await page.locator('#search-results li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
  for (let i = 0; i < ids.indexOf(id); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction((nodeId) => window.__explorer!.nodeAttributes(nodeId) !== null, id);
  await waitIdle(page);
}

/** Stops the layout and waits for a frame, so what is on screen stays where the test clicks. */
export async function freezeLayout(page: Page): Promise<void> {
  await page.evaluate(async () => {
    window.__explorer!.stopLayout();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

export async function clickNode(page: Page, id: string): Promise<void> {
  await freezeLayout(page);
  const at = await page.evaluate((nodeId) => window.__explorer!.nodePosition(nodeId), id);
  if (!at) throw new Error(`${id} is not in view`);
  await page.mouse.click(at.x, at.y);
}

/**
 * The middle of a visible edge with this stance that is the only edge between its ends (parallel
 * edges are drawn curved) and has no node within 20 px, so a click there can only hit that edge.
 */
export async function isolatedEdgeMidpoint(page: Page, stance: string): Promise<{ x: number; y: number; positionId: string }> {
  const found = await page.evaluate((wanted) => {
    const hook = window.__explorer!;
    const visible = hook.visibleEdges();
    const pairs = new Map<string, number>();
    const pair = (e: Record<string, unknown>) => [e.source, e.target].sort().join(' ');
    for (const e of visible) pairs.set(pair(e), (pairs.get(pair(e)) ?? 0) + 1);
    const nodes = hook.nodeIds().map((id) => hook.nodePosition(id)!);
    for (const e of visible) {
      if (e.stance !== wanted || pairs.get(pair(e)) !== 1) continue;
      const mid = hook.edgeMidpoint(String(e.id))!;
      if (nodes.every((n) => Math.hypot(n.x - mid.x, n.y - mid.y) > 20)) return { ...mid, positionId: String(e.positionId) };
    }
    return null;
  }, stance);
  if (!found) throw new Error('no edge can be clicked on its own');
  return found;
}
