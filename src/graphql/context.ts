import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { type Loaders, createLoaders } from './loaders.js';

/** Per-request context: loaders are new for each operation, so caching never crosses requests. */
export interface GraphQLContext {
  db: Database;
  config: Config;
  loaders: Loaders;
}

export function createContext(db: Database, config: Config): GraphQLContext {
  return { db, config, loaders: createLoaders(db) };
}
