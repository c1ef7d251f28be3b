import type { Neo4jTarget } from '../neo4j.js';
import type { Database, Product } from '../project.js';

export interface RunningServer {
  /** The URL requests are POSTed to. */
  url: string;
  close(): Promise<void>;
}

/**
 * The product's own HTTP service (Express + Apollo Server + graphql-armor + loaders), started with
 * `startHttpServer` exactly as `stancegraph start` does, outside production so responses report
 * `extensions.roundTrips`. `wrapDatabase` lets the profiler capture the Cypher it sends.
 */
export async function startOurs(product: Product, target: Neo4jTarget, wrapDatabase?: (db: Database) => void, env: Record<string, string> = { RESPONSE_CACHE_MB: '0' }): Promise<RunningServer> {
  const config = product.config.loadConfig(
    {
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      ...env,
    },
    { dotenv: false },
  );
  const db = product.database.Database.fromConfig(config, target.uri);
  wrapDatabase?.(db);
  const http = await product.server.startHttpServer({ config, db, log: product.log.createLogger(config, 2) }, 0);
  return {
    url: `${http.url}/graphql`,
    close: async () => {
      await http.close();
      await db.close();
    },
  };
}

/** The product with its defaults, answer cache included. */
export const startCached = (product: Product, target: Neo4jTarget, wrapDatabase?: (db: Database) => void) => startOurs(product, target, wrapDatabase, {});
