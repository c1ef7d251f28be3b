import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The evaluation history in data/articles/rounds.gold.yaml (named .gold.yaml so that ingesting the
 * directory skips it): which articles were used how, and the first measurement of each round.
 */
export const ROUNDS_FILE = 'rounds.gold.yaml';
const metrics = z.object({ precision: z.number(), recall: z.number(), citationAccuracy: z.number(), inverted: z.number().int() });
export const roundsSchema = z.object({
  rounds: z.array(
    z.object({
      name: z.string(),
      written: z.string(),
      articles: z.array(z.string()).min(1),
      measured: metrics.optional(),
      /** False while nobody has changed the rules after looking at the round's errors: its scores still estimate quality on new text. */
      tunedOn: z.boolean().default(true),
    }),
  ),
});
export type Round = z.infer<typeof roundsSchema>['rounds'][number];

export function loadRounds(dir: string): Round[] {
  const file = path.join(dir, ROUNDS_FILE);
  return fs.existsSync(file) ? roundsSchema.parse(parse(fs.readFileSync(file, 'utf8'))).rounds : [];
}
