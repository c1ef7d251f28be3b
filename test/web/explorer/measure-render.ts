import type { Page } from 'playwright-core';
import type { GraphView } from '../../../src/web/explorer/client/types.js';

export interface RenderMeasurement {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
  /** From handing the view to the page until sigma submitted its first frame to WebGL. */
  firstRenderMs: number;
  /** Until the GPU (here: SwiftShader, in software) finished drawing that frame. */
  firstFrameDrawnMs: number;
  /** One full frame once the layout has stopped (median of three): what each pan or zoom step costs. */
  frameMs: number;
  /** Pixels drawn on a 240 px wide copy of the canvas: proof something was rendered. */
  paintedPixels: number;
  /** Unchecking one stance until the next frame: how quickly a filter answers. */
  filterMs: number;
  /** While the layout worker runs: the main thread's frame rate and its longest stall. */
  framesPerSecond: number;
  longestFrameMs: number;
  layoutIterations: number;
}

/** Loads `view` into an open /explore page through its test hook and times what an analyst feels. */
export async function measureRender(page: Page, view: GraphView, layoutSampleMs = 3_000): Promise<RenderMeasurement> {
  const first = await page.evaluate((v) => window.__explorer!.loadView(v), view);
  const paintedPixels = await page.evaluate(() => window.__explorer!.paintedPixels());

  const frames = await page.evaluate(async (ms) => {
    const gaps: number[] = [];
    let last = performance.now();
    const end = last + ms;
    await new Promise<void>((resolve) => {
      const tick = (now: number) => {
        gaps.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    return { count: gaps.length, longest: Math.max(...gaps), iterations: window.__explorer!.stats().layoutIterations };
  }, layoutSampleMs);

  const filterMs = await page.evaluate(async () => {
    const box = document.querySelector<HTMLInputElement>('input[name="stance-PROPOSED"]')!;
    const rendered = window.__explorer!.nextRender();
    const started = performance.now();
    box.click();
    await rendered;
    const took = performance.now() - started;
    box.click(); // back as it was
    return took;
  });

  const frameMs = await page.evaluate(() => {
    window.__explorer!.stopLayout();
    const times = [0, 1, 2].map(() => window.__explorer!.timeFrame()).sort((a, b) => a - b);
    return times[1]!;
  });
  const stats = await page.evaluate(() => window.__explorer!.stats());
  return {
    nodes: stats.nodes,
    edges: stats.edges,
    visibleNodes: stats.visibleNodes,
    visibleEdges: stats.visibleEdges,
    firstRenderMs: Math.round(first.submittedMs),
    firstFrameDrawnMs: Math.round(first.drawnMs),
    frameMs: Math.round(frameMs),
    paintedPixels,
    filterMs: Math.round(filterMs),
    framesPerSecond: Math.round((frames.count * 1000) / layoutSampleMs),
    longestFrameMs: Math.round(frames.longest),
    layoutIterations: frames.iterations,
  };
}
