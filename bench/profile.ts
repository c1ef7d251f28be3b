import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import type { Neo4jTarget } from './neo4j.js';
import type { Database, Product } from './project.js';
import { type Anchors, type Question, type ServerName } from './questions.js';
import { cypherRunner, productLikeDriver } from './servers/bare.js';
import { startOurs } from './servers/ours.js';
import { peerSchema } from './servers/peer.js';

// The copy of graphql-js that @neo4j/graphql (CommonJS) builds its schema with: under vitest an ESM
// import could resolve to the package's .mjs build, and graphql-js refuses schemas from another copy.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface Statement {
  query: string;
  params: Record<string, unknown>;
}

export interface StatementProfile {
  /** The cypher/ file the statement comes from (`loaders/position-holder`), or null (the peer's own). */
  file: string | null;
  /** The first line of the statement, to tell statements apart. */
  head: string;
  dbHits: number;
  rows: number;
  /** Operators of the plan that read a whole label or index rather than seeking: where db hits grow with the graph. */
  scans: string[];
}

export interface QuestionProfile {
  /** Cypher statements (round trips) one answer costs. */
  roundTrips: number;
  /** What the product reports in `extensions.roundTrips` (ours only). */
  reportedRoundTrips?: number | null;
  /** Bare only: whether it sent exactly the statements our server sent (it must, for this checkout). */
  sameStatementsAsOurs?: boolean;
  /** Sum of db hits over the PROFILE plans of those statements. */
  dbHits: number;
  statements: StatementProfile[];
  /** Size of one answer, in bytes of JSON. */
  responseBytes: number;
  /** The server gave no answer, only this error code (e.g. DATABASE_TIMEOUT at the transaction timeout); db hits are still measured. */
  errorCode?: string;
}

/** An answer, or a timeout: a question too slow for this scale is recorded as such, not fatal. */
export function answerError(server: string, question: string, ok: boolean, text: string): string | undefined {
  const body = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  const code = body.errors?.[0]?.extensions?.code;
  if (code === 'DATABASE_TIMEOUT') return code;
  if (!ok || body.errors?.length || !body.data) throw new Error(`bench: ${server} answered ${question} with ${text.slice(0, 500)}`);
  return undefined;
}

/** Wraps a driver so every statement sent through sessions and managed transactions is recorded. */
export function capturingDriver(driver: Driver, seen: Statement[]): Driver {
  const wrapRunner = <T extends object>(runner: T): T =>
    new Proxy(runner, {
      get(target, prop) {
        if (prop === 'run') {
          return (query: string, params?: Record<string, unknown>, config?: unknown) => {
            seen.push({ query, params: params ?? {} });
            return (target as any).run(query, params, config);
          };
        }
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapSession = <T extends object>(session: T): T =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: unknown) => unknown, config?: unknown) => (target as any)[prop]((tx: object) => work(wrapRunner(tx)), config);
        }
        if (prop === 'run') return wrapRunner(target as object & { run: unknown }).run;
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session') return (config: unknown) => wrapSession((target as any).session(config));
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function sumDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((n, c) => n + sumDbHits(c), 0);
}

const SCAN_OPERATORS = /^(AllNodesScan|NodeByLabelScan|NodeIndexScan|NodeIndexContainsScan|NodeIndexEndsWithScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)/;

function scansOf(plan: ProfiledPlan): string[] {
  const own = SCAN_OPERATORS.test(plan.operatorType)
    ? [`${plan.operatorType.replace(/@.*$/, '')} ${String((plan.arguments as Record<string, unknown>)?.Details ?? '')} (${plan.rows} rows)`.trim()]
    : [];
  return [...own, ...plan.children.flatMap(scansOf)];
}

/** Maps statement text back to its cypher/ file. */
function cypherFiles(product: Product): Map<string, string> {
  const dir = path.join(product.root, 'cypher');
  const names = (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.cypher') && !f.startsWith('migrations'))
    .map((f) => f.replace(/\.cypher$/, '').split(path.sep).join('/'));
  return new Map(names.map((name) => [product.cypher.cypher(name), name]));
}

const headOf = (query: string) =>
  query
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//') && !/^CYPHER \d+$/.test(l))[0]
    ?.slice(0, 100) ?? '';

/** PROFILEs each statement with its own parameters and adds up the db hits. */
export async function profileStatements(driver: Driver, database: string, statements: Statement[], files = new Map<string, string>()): Promise<StatementProfile[]> {
  const out: StatementProfile[] = [];
  for (const s of statements) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${s.query}`, s.params));
      const plan = result.summary.profile;
      out.push({
        file: files.get(s.query) ?? null,
        head: headOf(s.query),
        dbHits: plan ? sumDbHits(plan) : 0,
        rows: result.records.length,
        scans: plan ? scansOf(plan) : [],
      });
    } finally {
      await session.close();
    }
  }
  return out;
}

function summarise(statements: StatementProfile[], responseBytes: number, reportedRoundTrips?: number | null): QuestionProfile {
  return {
    roundTrips: statements.length,
    ...(reportedRoundTrips !== undefined ? { reportedRoundTrips } : {}),
    dbHits: statements.reduce((n, s) => n + s.dbHits, 0),
    statements,
    responseBytes,
  };
}

/**
 * Round trips and db hits per question for each server: each answers once with a driver that
 * records the Cypher it sends; each recorded statement is then PROFILEd with its own parameters.
 * Also checks that every server gives a non-empty answer without errors.
 */
export async function profileQuestions(
  product: Product,
  target: Neo4jTarget,
  questions: Question[],
  anchors: Anchors,
): Promise<Record<string, Record<ServerName, QuestionProfile>>> {
  const plain = productLikeDriver(target);
  const seen: Statement[] = [];
  const capturing = capturingDriver(plain, seen);
  const out: Record<string, Record<ServerName, QuestionProfile>> = {};
  const files = cypherFiles(product);
  const ours = await startOurs(product, target, (db: Database) => {
    (db as { driver: Driver }).driver = capturingDriver(db.driver, seen);
  });
  // With no freshness window, so a repeated question shows the most a hit costs: one version read.
  const cached = await startOurs(
    product,
    target,
    (db: Database) => {
      (db as { driver: Driver }).driver = capturingDriver(db.driver, seen);
    },
    { RESPONSE_CACHE_FRESHNESS_MS: '0' },
  );
  try {
    const schema = await peerSchema(product, capturing);
    const run = cypherRunner(product, capturing, target.database);
    const ctx = { kinds: product.vocabulary.NODE_KINDS, defaultStatuses: ['CURATED', 'EXTRACTED'] };
    const peerContext = { sessionConfig: { database: target.database } };
    // The peer checks the Neo4j version on its first operation; keep that out of the figures.
    await graphql({ schema, source: '{ __typename }', contextValue: peerContext });
    await graphql({ schema, source: questions[0]!.peer(anchors).query, variableValues: questions[0]!.peer(anchors).variables, contextValue: peerContext });

    for (const q of questions) {
      seen.length = 0;
      const request = q.ours(anchors);
      const res = await fetch(ours.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
      const text = await res.text();
      const body = JSON.parse(text) as { extensions?: { roundTrips?: number } };
      const oursError = answerError('ours', q.name, res.ok, text);
      const oursStatements = [...seen];

      seen.length = 0;
      const bareAnswer = JSON.stringify({ data: await q.bare(run, anchors, ctx) });
      const bareStatements = [...seen];

      seen.length = 0;
      const peerRequest = q.peer(anchors);
      const peerResult = await graphql({ schema, source: peerRequest.query, variableValues: peerRequest.variables, contextValue: peerContext });
      if (peerResult.errors?.length) throw new Error(`bench: peer answered ${q.name} with ${JSON.stringify(peerResult.errors).slice(0, 500)}`);
      const peerStatements = [...seen];

      // The cached server's second answer: what a repeated question costs.
      const ask = async () => {
        const r = await fetch(cached.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
        return { ok: r.ok, text: await r.text() };
      };
      await ask();
      seen.length = 0;
      const again = await ask();
      const againBody = JSON.parse(again.text) as { extensions?: { roundTrips?: number } };
      const cachedError = answerError('cached', q.name, again.ok, again.text);
      const cachedStatements = [...seen];

      out[q.name] = {
        ours: { ...summarise(await profileStatements(plain, target.database, oursStatements, files), Buffer.byteLength(text), body.extensions?.roundTrips ?? null), ...(oursError ? { errorCode: oursError } : {}) },
        bare: summarise(await profileStatements(plain, target.database, bareStatements, files), Buffer.byteLength(bareAnswer)),
        peer: summarise(await profileStatements(plain, target.database, peerStatements, files), Buffer.byteLength(JSON.stringify(peerResult))),
        cached: { ...summarise(await profileStatements(plain, target.database, cachedStatements, files), Buffer.byteLength(again.text), againBody.extensions?.roundTrips ?? null), ...(cachedError ? { errorCode: cachedError } : {}) },
      };
      // The bare server replays the statements of this checkout's resolvers; a patched copy may send others.
      out[q.name]!.bare.sameStatementsAsOurs =
        JSON.stringify(oursStatements.map((s) => s.query)) === JSON.stringify(bareStatements.map((s) => s.query));
    }
  } finally {
    await ours.close();
    await cached.close();
    await plain.close();
  }
  return out;
}
