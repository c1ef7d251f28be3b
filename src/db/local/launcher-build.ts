import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../paths.js';

/** Thrown when the embedded Neo4j cannot be built or started; the message says what to do instead. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export const OTHER_NEO4J_HINT =
  'To use another Neo4j instead, set NEO4J_URI (bolt://, neo4j:// or neo4j+s:// for Aura), NEO4J_USER and NEO4J_PASSWORD, ' +
  'or run `docker compose up` (see README.md).';

const launcherDir = path.join(projectRoot, 'neo4j');
const targetDir = path.join(launcherDir, 'target');
const classpathFile = path.join(targetDir, 'classpath.txt');
const classesDir = path.join(targetDir, 'classes');
const sourceFile = path.join(launcherDir, 'src/main/java/dev/stancegraph/neo4j/Launcher.java');
const classFile = path.join(classesDir, 'dev/stancegraph/neo4j/Launcher.class');
export const LAUNCHER_CLASS = 'dev.stancegraph.neo4j.Launcher';

function newerThan(file: string, ...sources: string[]): boolean {
  if (!fs.existsSync(file)) return false;
  const built = fs.statSync(file).mtimeMs;
  return sources.every((s) => fs.statSync(s).mtimeMs <= built);
}

function run(command: string, args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: launcherDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new LocalNeo4jError(
          error.code === 'ENOENT'
            ? `Cannot ${what}: \`${command}\` was not found. The local Neo4j needs Java 17+ and Maven. ${OTHER_NEO4J_HINT}`
            : `Cannot ${what}: ${error.message}. ${OTHER_NEO4J_HINT}`,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const tail = output.trim().split('\n').slice(-15).join('\n');
      reject(new LocalNeo4jError(`Cannot ${what} (\`${command}\` exited with ${code}):\n${tail}\n${OTHER_NEO4J_HINT}`));
    });
  });
}

function javaBinary(name: 'java' | 'javac'): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', name) : name;
}

/**
 * Resolves Neo4j's jars with Maven (cached in ~/.m2 after the first run) and compiles the launcher.
 * Both steps are skipped when their outputs are newer than their inputs.
 */
export async function buildLauncher(log: (line: string) => void): Promise<{ classpath: string; java: string }> {
  fs.mkdirSync(targetDir, { recursive: true });
  if (!newerThan(classpathFile, path.join(launcherDir, 'pom.xml'))) {
    log('Resolving Neo4j jars with Maven (first run only; about 150 MB)…');
    await run('mvn', ['-q', '-B', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`], 'resolve the Neo4j jars');
  }
  const jars = fs.readFileSync(classpathFile, 'utf8').trim();
  if (!newerThan(classFile, sourceFile, classpathFile)) {
    await run(javaBinary('javac'), ['-d', classesDir, '-cp', jars, sourceFile], 'compile the Neo4j launcher');
  }
  return { classpath: `${classesDir}${path.delimiter}${jars}`, java: javaBinary('java') };
}
