import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { EXPLORER_ASSETS, explorerAssetsDir } from './assets.js';
import { explorerPage } from './page.js';

/**
 * Everything the page may load comes from this origin: its bundle, its worker and /graphql.
 * No inline scripts or styles, no frames, no plugins. Links to sources open in new tabs and are
 * navigations, which the CSP does not restrict.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': EXPLORER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export interface ExplorerRoutesOptions {
  /** Defaults to dist/web/explorer-assets, where `npm run build` writes the bundle. */
  assetsDir?: string;
}

/** GET /explore (the page) and GET /explore/assets/<file> (its bundle). */
export function explorerRoutes(options: ExplorerRoutesOptions = {}): express.Router {
  const assetsDir = options.assetsDir ?? explorerAssetsDir;
  const router = express.Router();
  const page = explorerPage();

  router.get('/explore', (_req, res) => {
    res.set(SECURITY_HEADERS).set('Cache-Control', 'no-cache');
    if (!fs.existsSync(path.join(assetsDir, 'explorer.js'))) {
      res.status(503).type('text/plain').send('The explorer is not built: run `npm run build` (it bundles src/web/explorer/client).\n');
      return;
    }
    res.type('html').send(page);
  });

  router.get('/explore/assets/:file', (req, res) => {
    const file = req.params.file;
    const contentType = Object.hasOwn(EXPLORER_ASSETS, file) ? EXPLORER_ASSETS[file] : undefined;
    if (!contentType) {
      res.status(404).type('text/plain').send('Not found\n');
      return;
    }
    // Names are fixed, not hashed, so browsers revalidate (ETag) rather than cache blindly.
    res.sendFile(path.join(assetsDir, file), { headers: { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-cache' }, dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) res.status(404).type('text/plain').send('Not found\n');
    });
  });

  return router;
}
