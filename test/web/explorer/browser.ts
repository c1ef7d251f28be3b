import { type Browser, type Page, chromium } from 'playwright-core';
// Declares window.__explorer, the page's test hook, for the page.evaluate() callbacks.
import type {} from '../../../src/web/explorer/client/test-hook.js';

/**
 * Debian's chromium, driven by playwright-core. WebGL 2 runs on SwiftShader (software) with
 * --disable-gpu; no extra flag was needed with chromium 156 (Debian 12).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Problems the page reported: uncaught errors, console errors, CSP violations. Tests expect none. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/** Resolves once the explorer has started and has no GraphQL request in flight. */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForSelector('#graph[data-ready="true"]');
  await page.waitForFunction(() => document.getElementById('graph')?.getAttribute('data-pending') === '0');
}

export async function stats(page: Page) {
  return page.evaluate(() => window.__explorer!.stats());
}
