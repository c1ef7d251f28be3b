import type { Router } from 'express';
import express from 'express';
import type { Database } from '../db/database.js';

/** Readiness must answer fast even when Neo4j hangs, so load balancers can act on it. */
const READY_TIMEOUT_MS = 1_500;

export function healthRoutes(db: Database): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await withTimeout(db.ping(), READY_TIMEOUT_MS);
      res.json({ status: 'ready', database: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
