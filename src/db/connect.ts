import type { Config } from '../config.js';
import { Database, type DatabaseOptions } from './database.js';
import { startLocalNeo4j } from './local/instance.js';

/**
 * The Neo4j to use: NEO4J_URI when set (never starting anything), else the project's local
 * instance, started if it is not running.
 */
export async function resolveNeo4jUri(config: Config, log: (line: string) => void = () => {}): Promise<string> {
  if (config.neo4j.uri) return config.neo4j.uri;
  const local = await startLocalNeo4j({ ...config.local, password: config.neo4j.password, log });
  return local.uri;
}

/** Opens the database and checks that it answers, so a wrong URI or password fails here, clearly. */
export async function openDatabase(config: Config, log?: (line: string) => void, options: Partial<DatabaseOptions> = {}): Promise<Database> {
  const db = Database.fromConfig(config, await resolveNeo4jUri(config, log), options);
  try {
    await db.ping();
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
