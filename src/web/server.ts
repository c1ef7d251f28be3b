import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../log.js';
import { healthRoutes } from './health.js';

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

/** One HTTP server carries health checks, the GraphQL API, the playground and the explorer. */
export async function startHttpServer(deps: ServiceDeps, port = deps.config.http.port): Promise<HttpService> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  app.use(healthRoutes(deps.db));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, deps.config.http.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    server,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
