import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { STANCES } from '../../../model/vocabulary.js';

/**
 * Gold annotations: `data/articles/<name>.gold.yaml` next to the article. docs/extraction.md
 * describes the conventions. Top-level keys other than these hold YAML anchors and are ignored.
 */
const term = z.object({ id: z.string().optional(), label: z.string().min(1), mentions: z.array(z.string()).default([]) });
const holder = z.union([z.string(), z.array(z.string()).min(1)]).transform((h) => (typeof h === 'string' ? [h] : h));
const position = z.object({
  holder,
  stance: z.enum(STANCES),
  term,
  sources: z.array(z.union([z.number().int().positive(), z.string()])).default([]),
  quote: z.string().optional(),
  optional: z.boolean().default(false),
});
const forbidden = z.object({ holder, stance: z.enum(STANCES), term });

export const goldSchema = z.object({
  article: z.string().min(1),
  /** tune: the rules were tuned on it; heldout: written before the rules, not tuned on; blind: written after the rules were frozen. */
  split: z.enum(['tune', 'heldout', 'blind']),
  positions: z.array(position),
  mustNot: z.array(forbidden).default([]),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldPosition = Gold['positions'][number];
export type GoldTerm = GoldPosition['term'];

export interface GoldArticle {
  name: string;
  file: string;
  text: string;
  gold: Gold;
}

export function loadGold(goldFile: string): GoldArticle {
  const gold = goldSchema.parse(parse(fs.readFileSync(goldFile, 'utf8')));
  const file = path.join(path.dirname(goldFile), gold.article);
  return { name: path.basename(goldFile, '.gold.yaml'), file, text: fs.readFileSync(file, 'utf8'), gold };
}

export function loadGoldDir(dir: string): GoldArticle[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.gold.yaml') && f !== 'rounds.gold.yaml').sort().map((f) => loadGold(path.join(dir, f)));
}
