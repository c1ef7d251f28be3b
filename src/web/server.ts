import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import { ApiKeyVerifier } from '../auth/api-keys.js';
import express from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { runWithRoundTripCounter } from '../db/round-trips.js';
import { GraphVersion } from '../db/graph-version.js';
import { createApolloServer } from '../graphql/apollo.js';
import { createContext } from '../graphql/context.js';
import type { Logger } from '../log.js';
import { AnswerCache } from './answer-cache.js';
import { authenticate } from './authenticate.js';
import { explorerRoutes } from './explorer/routes.js';
import { healthRoutes } from './health.js';
import { jsonErrors } from './json-errors.js';
import { playgroundRoutes } from './playground/routes.js';

export interface HttpService {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

export interface ServiceDeps {
  config: Config;
  db: Database;
  log: Logger;
}

/** Large enough for any analyst query or mutation, small enough to refuse abuse early. */
export const MAX_BODY_BYTES = 256 * 1024;

/** One HTTP server carries health checks, the GraphQL API, the playground and the explorer. */
export async function startHttpServer(deps: ServiceDeps, port = deps.config.http.port): Promise<HttpService> {
  const { config, db, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);

  const verifier = new ApiKeyVerifier(db);
  // Once per request: the answer cache checks the caller before Apollo's context is built.
  const callers = new WeakMap<express.Request, ReturnType<typeof authenticate>>();
  const authenticateRequest = (req: express.Request) => {
    let caller = callers.get(req);
    if (!caller) callers.set(req, (caller = authenticate(req, verifier, config.api.readsRequireKey)));
    return caller;
  };
  const cache = config.api.responseCache;
  const version = cache && new GraphVersion(db, cache.freshnessMs);
  const answers = cache && version && new AnswerCache(cache, version, { authenticate: authenticateRequest, reportRoundTrips: !config.production });
  const apollo = createApolloServer(config, log, answers ? [answers.plugin()] : []);
  await apollo.start();

  app.use(healthRoutes(db));
  if (config.api.playground) app.use(playgroundRoutes());
  app.use(explorerRoutes());
  app.use(
    '/graphql',
    // Every Cypher round trip made while serving the request is counted (see round-trips.ts).
    (_req, _res, next) => runWithRoundTripCounter(next),
    express.json({ limit: MAX_BODY_BYTES }),
    ...(answers ? [answers.middleware()] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ ...createContext(db, config, await authenticateRequest(req)), answerSlot: answers?.slotOf(req) }),
    }),
  );

  app.use(jsonErrors(log));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, config.http.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    server,
    close: async () => {
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      await apollo.stop();
      version?.close();
    },
  };
}
