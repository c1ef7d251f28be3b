import fs from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../paths.js';

const cache = new Map<string, string>();

/**
 * Returns the text of a fixed query kept in `cypher/<name>.cypher`. Queries are files so they can
 * be read, reviewed and profiled on their own; values always go in as $parameters.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9/-]+$/.test(name)) throw new Error(`Invalid Cypher file name: ${name}`);
    text = fs.readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
