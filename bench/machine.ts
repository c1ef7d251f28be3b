import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from './project.js';

export interface MachineInfo {
  nproc: number;
  memoryGb: number;
  cpuModel: string;
  os: string;
  node: string;
  java: string;
  neo4j: string;
  packages: Record<string, string>;
  gitCommit: string;
  gitDirty: boolean;
}

function tryRun(command: string, args: string[], cwd?: string): string {
  try {
    // java -version writes to stderr.
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd }).trim();
  } catch (error) {
    const e = error as { stderr?: string };
    return e.stderr?.trim() ?? 'unknown';
  }
}

function javaVersion(): string {
  // `java -version` writes to stderr; spawnSync keeps it whatever the exit code.
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return `${out.stderr ?? ''}${out.stdout ?? ''}`.split('\n').find((l) => l.includes('version'))?.trim() ?? 'unknown';
}

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'missing';
  }
}

export async function machineInfo(root: string, db: Database | undefined): Promise<MachineInfo> {
  let neo4jVersion = 'unknown';
  if (db) {
    const [row] = await db.query<{ version: string; edition: string }>('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
    if (row) neo4jVersion = `${row.version} ${row.edition}`;
  }
  return {
    nproc: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: javaVersion(),
    neo4j: neo4jVersion,
    packages: Object.fromEntries(
      ['@apollo/server', '@neo4j/graphql', 'neo4j-driver', 'graphql', 'autocannon', 'express'].map((name) => [name, packageVersion(root, name)]),
    ),
    gitCommit: tryRun('git', ['rev-parse', '--short', 'HEAD'], root),
    gitDirty: tryRun('git', ['status', '--porcelain', '--untracked-files=no'], root).length > 0,
  };
}
