import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths.js';

export const RELIABILITY_DIR = path.join(projectRoot, 'test-results', 'reliability');

/**
 * Fault, fuzz and soak runs leave their figures here; `npm run soak` turns them into
 * docs/reliability.md, so the report is always what a run measured.
 */
export function recordReliability(name: string, figures: Record<string, unknown>): void {
  fs.mkdirSync(RELIABILITY_DIR, { recursive: true });
  fs.writeFileSync(path.join(RELIABILITY_DIR, `${name}.json`), `${JSON.stringify({ name, at: new Date().toISOString(), ...figures }, null, 2)}\n`);
}
