import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { projectRoot } from '../../paths.js';

/** The client's sources, read from src/ whether this runs from src/ (tests) or dist/ (the build CLI). */
const clientDir = path.join(projectRoot, 'src', 'web', 'explorer', 'client');
const clientSource = (file: string) => path.join(clientDir, file);

export interface ExplorerBuild {
  outDir: string;
  files: string[];
  bytes: number;
}

/**
 * Bundles the browser app into `outDir`: explorer.js (+ explorer.css, imported by it) and
 * layout-worker.js, each minified with a source map. Everything comes from node_modules; the page
 * needs no CDN. The worker is its own file so it loads from the same origin under the CSP.
 */
export async function buildExplorerAssets(outDir: string, options: { minify?: boolean } = {}): Promise<ExplorerBuild> {
  fs.mkdirSync(outDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { explorer: clientSource('main.ts'), 'layout-worker': clientSource('layout-worker.ts') },
    outdir: outDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
    minify: options.minify ?? true,
    sourcemap: true,
    legalComments: 'eof',
    metafile: true,
    logLevel: 'silent',
    tsconfig: clientSource('tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // Static files the bundle does not import, copied as they are.
  fs.copyFileSync(clientSource('favicon.svg'), path.join(outDir, 'favicon.svg'));
  const files = [...Object.keys(result.metafile.outputs).map((file) => path.basename(file)), 'favicon.svg'];
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  return { outDir, files, bytes };
}
