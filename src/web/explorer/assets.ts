import path from 'node:path';
import { projectRoot } from '../../paths.js';

/** Where `npm run build` puts the bundled explorer and where the server looks for it. */
export const explorerAssetsDir = path.join(projectRoot, 'dist', 'web', 'explorer-assets');

/** The only files /explore/assets/ serves, with their content types; nothing else is reachable. */
export const EXPLORER_ASSETS: Readonly<Record<string, string>> = {
  'explorer.js': 'text/javascript; charset=utf-8',
  'explorer.js.map': 'application/json; charset=utf-8',
  'explorer.css': 'text/css; charset=utf-8',
  'explorer.css.map': 'application/json; charset=utf-8',
  'layout-worker.js': 'text/javascript; charset=utf-8',
  'layout-worker.js.map': 'application/json; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};
