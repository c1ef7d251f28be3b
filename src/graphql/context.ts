import type { Principal } from '../auth/roles.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { type Loaders, createLoaders } from './loaders.js';

/** Where a query that missed the answer cache may store its answer (src/web/answer-cache.ts). */
export interface AnswerSlot {
  key: string;
  /** The graph's version token, read before the operation ran. */
  version: string;
}

/** Per-request context: loaders are new for each operation, so caching never crosses requests. */
export interface GraphQLContext {
  db: Database;
  config: Config;
  loaders: Loaders;
  principal: Principal;
  answerSlot?: AnswerSlot | undefined;
}

export function createContext(db: Database, config: Config, principal: Principal = { kind: 'anonymous' }): GraphQLContext {
  return { db, config, principal, loaders: createLoaders(db) };
}
