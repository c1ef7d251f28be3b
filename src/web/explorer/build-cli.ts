/** `node dist/web/explorer/build-cli.js`: bundles the explorer where the server looks for it. */
import { explorerAssetsDir } from './assets.js';
import { buildExplorerAssets } from './build.js';

try {
  const build = await buildExplorerAssets(explorerAssetsDir);
  console.log(`explorer: ${build.files.join(', ')} (${Math.round(build.bytes / 1024)} KiB) in ${build.outDir}`);
} catch (error) {
  console.error(`explorer build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
