import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as ConfigModule from '../src/config.js';
import type * as CypherModule from '../src/db/cypher.js';
import type * as DatabaseModule from '../src/db/database.js';
import type * as InstanceModule from '../src/db/local/instance.js';
import type * as MigrationsModule from '../src/db/migrations.js';
import type * as ParseModule from '../src/ingest/dataset/parse.js';
import type * as RowsModule from '../src/ingest/dataset/rows.js';
import type * as WriteModule from '../src/ingest/dataset/write.js';
import type * as ReadInputModule from '../src/ingest/read-input.js';
import type * as LogModule from '../src/log.js';
import type * as VocabularyModule from '../src/model/vocabulary.js';
import type * as ServerModule from '../src/web/server.js';

/** The project root: the nearest directory above this file whose package.json names stancegraph. */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'stancegraph') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('bench: cannot find the stancegraph project root');
    dir = parent;
  }
}

export const projectRoot = findProjectRoot();
export const cliPath = path.join(projectRoot, 'dist', 'cli', 'main.js');

/**
 * The product under test, loaded from its build (`dist/`, made by `npm run build`), so the bench
 * measures what `npm start` and `stancegraph ingest` run. Types come from `src/` (type-only imports).
 * `root` may point at a patched copy of the project, to measure a proposed change before/after.
 */
export async function loadProduct(root = projectRoot) {
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(path.join(dist, 'web', 'server.js'))) throw new Error(`bench: ${dist} is missing; run \`npm run build\` first`);
  const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(dist, file)).href)) as T;
  return {
    root,
    config: await load<typeof ConfigModule>('config.js'),
    cypher: await load<typeof CypherModule>('db/cypher.js'),
    database: await load<typeof DatabaseModule>('db/database.js'),
    instance: await load<typeof InstanceModule>('db/local/instance.js'),
    migrations: await load<typeof MigrationsModule>('db/migrations.js'),
    parse: await load<typeof ParseModule>('ingest/dataset/parse.js'),
    rows: await load<typeof RowsModule>('ingest/dataset/rows.js'),
    write: await load<typeof WriteModule>('ingest/dataset/write.js'),
    readInput: await load<typeof ReadInputModule>('ingest/read-input.js'),
    log: await load<typeof LogModule>('log.js'),
    vocabulary: await load<typeof VocabularyModule>('model/vocabulary.js'),
    server: await load<typeof ServerModule>('web/server.js'),
  };
}

export type Product = Awaited<ReturnType<typeof loadProduct>>;
export type Database = DatabaseModule.Database;
export type Row = RowsModule.Row;
export type RowsByKind = RowsModule.RowsByKind;
