import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Database } from '../../src/db/database.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local/instance.js';
import { migrate } from '../../src/db/migrations.js';
import { dockerEngineAnswers } from './docker-probe.js';
import { freePort } from '../../src/db/local/free-port.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Which of the three ways the server was found, printed so a run shows it used a real one. */
  via: 'NEO4J_URI' | 'testcontainers' | 'local-launcher';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

const PASSWORD = 'stancegraph-test';

/**
 * Finds a real Neo4j for the run: NEO4J_URI if set, else a Testcontainers Neo4j when a Docker
 * engine answers, else the project's own launcher on a free port with a throw-away directory.
 * If none can be had the run fails here with the reason; tests are never skipped.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let neo4j: TestNeo4j;
  let teardown: () => Promise<void>;

  if (process.env.NEO4J_URI) {
    neo4j = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      via: 'NEO4J_URI',
    };
    teardown = async () => {};
  } else if (await dockerEngineAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26').withPassword(PASSWORD).start();
    neo4j = { uri: container.getBoltUri(), user: 'neo4j', password: PASSWORD, database: 'neo4j', via: 'testcontainers' };
    teardown = async () => {
      await container.stop();
    };
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-test-neo4j-'));
    const local = await startLocalNeo4j({
      dataDir,
      boltPort: await freePort(),
      password: PASSWORD,
      heap: '1g',
      pageCacheMb: 512,
      log: (line) => console.log(`[neo4j] ${line}`),
    }).catch((error: Error) => {
      throw new Error(`No Neo4j for the tests: NEO4J_URI is unset, no Docker engine answers, and the local launcher failed: ${error.message}`);
    });
    neo4j = { uri: local.uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', via: 'local-launcher' };
    teardown = async () => {
      await stopLocalNeo4j(dataDir);
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }

  const db = new Database(neo4j);
  try {
    await db.ping();
    await migrate(db);
  } finally {
    await db.close();
  }
  console.log(`[neo4j] tests run against a real Neo4j at ${neo4j.uri} (via ${neo4j.via})`);
  project.provide('neo4j', neo4j);
  return teardown;
}
