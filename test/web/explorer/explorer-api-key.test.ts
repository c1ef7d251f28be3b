import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/auth/api-keys.js';
import { launchChromium, waitIdle, watchPage } from './browser.js';
import { type ExplorerServer, startExplorerServer } from './explorer-server.js';

describe('the /explore page on a server whose reads require an API key', () => {
  let server: ExplorerServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startExplorerServer({ READS_REQUIRE_KEY: 'true' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for a key, then sends it with every request', async () => {
    const { key } = await createApiKey(server.db, 'explorer-test', 'reader');
    const page = await browser.newPage();
    const problems = watchPage(page);
    const authorizations: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') authorizations.push(request.headers().authorization);
    });

    await page.goto(`${server.http.url}/explore?id=term:permanent-nato-bar`);
    await waitIdle(page);
    await page.locator('#api-key[open]').waitFor();
    expect(await page.locator('#status').textContent()).toContain('API key');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('api-key-input');

    await page.getByLabel(/^Key for servers/).fill(key);
    await page.keyboard.press('Enter');
    await page.locator('#details .id').waitFor();
    await waitIdle(page);
    expect(await page.locator('#details .id').textContent()).toBe('term:permanent-nato-bar');
    expect(authorizations[0]).toBeUndefined();
    expect(authorizations.slice(1).every((a) => a === `Bearer ${key}`)).toBe(true);
    expect(await page.locator('#api-key summary').textContent()).toBe('API key (set)');
    // The 401 is the only complaint: the browser logs it as a failed resource.
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
    await page.close();
  });
});
