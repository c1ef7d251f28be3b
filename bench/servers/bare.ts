import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../neo4j.js';
import type { Product } from '../project.js';
import { type Anchors, type CypherRunner, type QuestionName, questionByName } from '../questions.js';
import type { RunningServer } from './ours.js';

/** A driver configured as the product's Database configures its own. */
export function productLikeDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    maxTransactionRetryTime: 5_000,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 2_000,
    disableLosslessIntegers: true,
    userAgent: 'stancegraph-bench-bare',
  });
}

/** Each statement in its own managed read transaction, as the product's `db.query` runs it. */
export function cypherRunner(product: Product, driver: Driver, database: string): CypherRunner {
  return async (name, params) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(product.cypher.cypher(name), params));
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
}

/**
 * The limit: a bare `node:http` server that answers each question with the same Cypher the
 * product's resolvers send, through neo4j-driver, with no GraphQL, no Express and no validation.
 * POST {"question": name, "anchors": {...}}.
 */
export async function startBare(product: Product, target: Neo4jTarget): Promise<RunningServer> {
  const driver = productLikeDriver(target);
  const run = cypherRunner(product, driver, target.database);
  const ctx = { kinds: product.vocabulary.NODE_KINDS, defaultStatuses: ['CURATED', 'EXTRACTED'] };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const { question, anchors } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { question: QuestionName; anchors: Anchors };
          const q = questionByName.get(question);
          if (!q) throw new Error(`unknown question ${question}`);
          const body = JSON.stringify({ data: await q.bare(run, anchors, ctx) });
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        } catch (error) {
          const body = JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] });
          res.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
