import { loadConfig } from '../../../src/config.js';
import type { Database } from '../../../src/db/database.js';
import { ingestDatasets } from '../../../src/ingest/dataset/ingest-datasets.js';
import { createLogger } from '../../../src/log.js';
import { exampleDataset } from '../../../src/paths.js';
import { explorerAssetsDir } from '../../../src/web/explorer/assets.js';
import { buildExplorerAssets } from '../../../src/web/explorer/build.js';
import { type HttpService, startHttpServer } from '../../../src/web/server.js';
import { cleanGraph, testDatabase } from '../../helpers/db.js';

export interface ExplorerServer {
  db: Database;
  http: HttpService;
  close(): Promise<void>;
}

/**
 * The real service on a free port, over the example dataset in the run's Neo4j. The bundle is
 * rebuilt first, so the page under test is always the current source, with or without `npm run build`.
 */
export async function startExplorerServer(env: Record<string, string> = {}): Promise<ExplorerServer> {
  await buildExplorerAssets(explorerAssetsDir);
  const db = testDatabase();
  await cleanGraph(db);
  await ingestDatasets(db, [exampleDataset]);
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env }, { dotenv: false });
  const http = await startHttpServer({ config, db, log: createLogger(config) }, 0);
  const probe = await fetch(`${http.url}/explore`);
  await probe.arrayBuffer();
  if (probe.status === 404) {
    await http.close();
    await db.close();
    throw new Error('startHttpServer() does not serve /explore: src/web/server.ts must mount explorerRoutes()');
  }
  return {
    db,
    http,
    close: async () => {
      await http.close();
      await db.close();
    },
  };
}
