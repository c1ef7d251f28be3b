import type { Principal } from '../auth/roles.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { type Loaders, createLoaders } from './loaders.js';

/** Per-request context: loaders are new for each operation, so caching never crosses requests. */
export interface GraphQLContext {
  db: Database;
  config: Config;
  loaders: Loaders;
  principal: Principal;
}

export function createContext(db: Database, config: Config, principal: Principal = { kind: 'anonymous' }): GraphQLContext {
  return { db, config, principal, loaders: createLoaders(db) };
}
