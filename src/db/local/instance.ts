import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { LAUNCHER_CLASS, LocalNeo4jError, OTHER_NEO4J_HINT, buildLauncher } from './launcher-build.js';

export { LocalNeo4jError };

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number;
  password: string;
  heap: string;
  pageCacheMb: number;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  /** False when an instance already owned the data directory. */
  started: boolean;
}

/** Flags Neo4j 5 needs on Java 17+ (the set its own packaging uses). */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
];

const READY_MARKER = 'stancegraph-neo4j ready';

const files = (dataDir: string) => ({
  pid: path.join(dataDir, 'neo4j.pid'),
  log: path.join(dataDir, 'neo4j.log'),
});

interface PidFile {
  pid: number;
  port: number;
}

function readPidFile(dataDir: string): PidFile | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(files(dataDir).pid, 'utf8')) as PidFile;
    return isOurProcess(parsed.pid) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Alive, and (where /proc exists) really our launcher rather than a recycled pid. */
function isOurProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return true;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export function logTail(dataDir: string, lines = 30): string {
  try {
    return fs.readFileSync(files(dataDir).log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

async function answersQuery(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2_000 });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/**
 * Starts the embedded Neo4j that owns `dataDir`, or finds the one already running there, and
 * resolves once Bolt answers a query. Safe to call any number of times.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  fs.mkdirSync(options.dataDir, { recursive: true });

  const running = readPidFile(options.dataDir);
  if (running) {
    const uri = `bolt://127.0.0.1:${running.port}`;
    await waitUntilReady(uri, options, running.pid, undefined, timeoutMs);
    return { uri, started: false };
  }

  if (!(await portIsFree(options.boltPort))) {
    throw new LocalNeo4jError(
      `Port ${options.boltPort} is already in use by another process. Set NEO4J_BOLT_PORT to a free port, ` +
        `or if a Neo4j already listens there, set NEO4J_URI=bolt://127.0.0.1:${options.boltPort}.`,
    );
  }

  const { classpath, java } = await buildLauncher(log);
  const { pid: pidPath, log: logPath } = files(options.dataDir);
  const logOffset = fs.existsSync(logPath) ? fs.statSync(logPath).size : 0;
  const out = fs.openSync(logPath, 'a');
  const child = spawn(
    java,
    [
      ...JVM_FLAGS,
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-cp',
      classpath,
      LAUNCHER_CLASS,
      options.dataDir,
      String(options.boltPort),
      String(options.pageCacheMb),
    ],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_PASSWORD: options.password } },
  );
  fs.closeSync(out);
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (e) => reject(new LocalNeo4jError(`Cannot start Java (${e.message}). ${OTHER_NEO4J_HINT}`))),
  );
  child.unref();
  const pid = child.pid ?? (await spawnError);
  fs.writeFileSync(pidPath, JSON.stringify({ pid, port: options.boltPort } satisfies PidFile));
  log(`Starting Neo4j (pid ${pid}); log: ${logPath}`);

  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  await Promise.race([waitUntilReady(uri, options, pid, { logPath, logOffset }, timeoutMs), spawnError]);
  return { uri, started: true };
}

async function waitUntilReady(
  uri: string,
  options: LocalNeo4jOptions,
  pid: number,
  fresh: { logPath: string; logOffset: number } | undefined,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isOurProcess(pid)) {
      fs.rmSync(files(options.dataDir).pid, { force: true });
      throw new LocalNeo4jError(`Neo4j exited during start-up. Last lines of its log:\n${logTail(options.dataDir)}`);
    }
    // A fresh start sets the password after Bolt opens; only query once the launcher says it is done.
    const launcherReady = !fresh || readFrom(fresh.logPath, fresh.logOffset).includes(READY_MARKER);
    if (launcherReady && (await answersQuery(uri, options.password))) return;
    await sleep(300);
  }
  throw new LocalNeo4jError(
    `Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s. Last lines of its log:\n${logTail(options.dataDir)}`,
  );
}

function readFrom(file: string, offset: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.max(0, size - offset));
    fs.readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** Stops, with a clean checkpoint, the instance that owns `dataDir`. Resolves false if none ran. */
export async function stopLocalNeo4j(dataDir: string, timeoutMs = 60_000): Promise<boolean> {
  const running = readPidFile(dataDir);
  fs.rmSync(files(dataDir).pid, { force: true });
  if (!running) return false;
  process.kill(running.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isOurProcess(running.pid)) {
    if (Date.now() > deadline) {
      process.kill(running.pid, 'SIGKILL');
      break;
    }
    await sleep(200);
  }
  return true;
}

/** SIGKILLs the instance, for fault tests: no checkpoint, as if the machine lost power. */
export function killLocalNeo4j(dataDir: string): boolean {
  const running = readPidFile(dataDir);
  if (!running) return false;
  process.kill(running.pid, 'SIGKILL');
  return true;
}
