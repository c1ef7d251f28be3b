import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_ASSETS } from '../../../src/web/explorer/assets.js';
import { buildExplorerAssets } from '../../../src/web/explorer/build.js';
import { explorerRoutes } from '../../../src/web/explorer/routes.js';

async function serve(app: express.Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('explorer routes', () => {
  const built = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-assets-'));
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-empty-'));
  let withAssets: Awaited<ReturnType<typeof serve>>;
  let withoutAssets: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    const build = await buildExplorerAssets(built);
    expect(build.files.sort()).toEqual(Object.keys(EXPLORER_ASSETS).sort());
    withAssets = await serve(express().use(explorerRoutes({ assetsDir: built })));
    withoutAssets = await serve(express().use(explorerRoutes({ assetsDir: empty })));
  });
  afterAll(async () => {
    await withAssets?.close();
    await withoutAssets?.close();
    fs.rmSync(built, { recursive: true, force: true });
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('serves the page under a strict CSP, with no inline script or style', async () => {
    const res = await fetch(`${withAssets.url}/explore`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|<style/);
    expect(html).toContain('href="/graphql"');
  });

  it('serves each bundled file with its content type, and nothing else', async () => {
    for (const [file, type] of Object.entries(EXPLORER_ASSETS)) {
      const res = await fetch(`${withAssets.url}/explore/assets/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    for (const probe of ['nope.js', '..%2Fpackage.json', '%2e%2e%2f%2e%2e%2fpackage.json', '.env']) {
      expect((await fetch(`${withAssets.url}/explore/assets/${probe}`)).status, probe).toBe(404);
    }
  });

  it('bundles the client with no reference to another host', () => {
    const js = fs.readFileSync(path.join(built, 'explorer.js'), 'utf8');
    // The only URLs in the bundle are namespaces and licence text, never something fetched.
    const fetched = [...js.matchAll(/(?:fetch|importScripts|new Worker)\(\s*["'`](https?:)?\/\/[^"'`]+/g)].map((m) => m[0]);
    expect(fetched).toEqual([]);
    expect(fs.statSync(path.join(built, 'explorer.js.map')).size).toBeGreaterThan(0);
  });

  it('says how to build the explorer when it is not built', async () => {
    const res = await fetch(`${withoutAssets.url}/explore`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});
