import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/log.js';
import { type HttpService, startHttpServer } from '../../src/web/server.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: (string | number)[] }[];
  extensions?: { roundTrips?: number };
}

/** The real HTTP service on a free port, and a client that speaks to it over HTTP. */
export async function startApi(db: Database, env: Record<string, string> = {}, logLines?: string[]) {
  const config = loadConfig({ LOG_LEVEL: logLines ? 'debug' : 'silent', ...env }, { dotenv: false });
  const log = createLogger(config, logLines ? { write: (line: string) => void logLines.push(line) } : 1);
  const http: HttpService = await startHttpServer({ config, db, log }, 0);
  const graphql = async <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GraphQLResponse<T>> => {
    const res = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse<T>;
  };
  return { http, graphql, url: http.url };
}

/** Fails with the errors in view, instead of a bare "undefined" further down. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}
