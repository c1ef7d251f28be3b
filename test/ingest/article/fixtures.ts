import fs from 'node:fs';
import path from 'node:path';
import { knownFromDataset } from '../../../src/ingest/article/evaluation/known.js';
import { exampleDataset, projectRoot } from '../../../src/paths.js';

/** The seed article and the curated example's stakeholders and terms, as the graph holds them after `npm start`. */
export const articlesDir = path.join(projectRoot, 'data', 'articles');
export const seedFile = path.join(articlesDir, 'nss-2025-ukraine-peace-talks.txt');
export const seedText = fs.readFileSync(seedFile, 'utf8');
export const example = knownFromDataset(exampleDataset);
export const article = (name: string) => fs.readFileSync(path.join(articlesDir, name), 'utf8');
