import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exampleDataset, projectRoot } from '../../paths.js';
import { type ArticleScore, score } from './evaluation/metrics.js';
import { type GoldArticle, loadGoldDir } from './evaluation/gold.js';
import { knownFromDataset } from './evaluation/known.js';
import { type Overlap, curatedOverlap } from './evaluation/overlap.js';
import { type Round, loadRounds } from './evaluation/rounds.js';
import { extractArticle } from './extract.js';

/**
 * Scores the rule extractor on every gold-annotated article in data/articles, as if the graph held
 * the curated example dataset (which is what `npm start` loads into an empty graph), and measures how
 * much of the curated dataset the seed article reproduces. `node dist/ingest/article/evaluate.js`
 * prints the Markdown table that docs/extraction.md records.
 */
export interface Evaluated {
  article: GoldArticle;
  score: ArticleScore;
}

export interface Totals {
  split: string;
  articles: number;
  precision: number;
  recall: number;
  citationAccuracy: number;
  inverted: number;
}

export const articlesDir = path.join(projectRoot, 'data', 'articles');

export function evaluateAll(dir = articlesDir, datasetFile = exampleDataset): { results: Evaluated[]; totals: Totals[]; overlap: Overlap; rounds: Round[] } {
  const known = knownFromDataset(datasetFile);
  const results = loadGoldDir(dir).map((article) => ({ article, score: score(extractArticle(article.text, known.stakeholders, known.terms), article.gold) }));
  const rounds = loadRounds(dir);
  const roundOf = (name: string) => rounds.find((r) => r.articles.includes(name))?.name ?? 'unassigned';
  const present = new Set(results.map((r) => roundOf(r.article.name)));
  const groups = [...rounds.map((r) => r.name).filter((n) => present.has(n)), ...[...present].filter((n) => !rounds.some((r) => r.name === n))];
  const totals = groups.map((g) => total(g, results.filter((r) => roundOf(r.article.name) === g)));
  const seed = results.find((r) => r.article.name.startsWith('nss-2025'));
  const overlap = curatedOverlap(extractArticle(seed?.article.text ?? '', known.stakeholders, known.terms), known.dataset);
  return { results, totals, overlap, rounds };
}

/** Micro-averaged over the articles of a split. */
function total(split: string, rs: Evaluated[]): Totals {
  const sum = (f: (s: ArticleScore) => number) => rs.reduce((n, r) => n + f(r.score), 0);
  const extracted = sum((s) => s.extracted);
  const required = sum((s) => s.required);
  const tp = sum((s) => s.truePositives);
  const cited = sum((s) => s.citationAccuracy * s.truePositives);
  return {
    split,
    articles: rs.length,
    precision: extracted ? sum((s) => s.truePositives) / extracted : 1,
    recall: required ? sum((s) => s.recalled) / required : 1,
    citationAccuracy: tp ? cited / tp : 1,
    inverted: sum((s) => s.inverted),
  };
}

const pct = (x: number) => x.toFixed(2);

export function markdown({ results, totals, overlap, rounds }: ReturnType<typeof evaluateAll>): string {
  const roundOf = (name: string) => rounds.find((r) => r.articles.includes(name))?.name ?? 'unassigned';
  const untuned = rounds.filter((r) => !r.tunedOn).map((r) => r.name);
  const lines = [
    'First measurement of each round, before its errors were looked at (data/articles/rounds.gold.yaml):',
    '',
    '| Round | Written | Articles | Precision | Recall | Citation accuracy | Inverted |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rounds.map((r) => `| ${r.name} | ${r.written} | ${r.articles.length} | ${r.measured ? `${pct(r.measured.precision)} | ${pct(r.measured.recall)} | ${pct(r.measured.citationAccuracy)} | ${r.measured.inverted}` : '– | – | – | –'} |`),
    '',
    untuned.length
      ? `Today (tuned scores, except ${untuned.join(', ')}, which nobody has tuned on):`
      : 'Today (every round has since been tuned on, so these are tuned scores):',
    '',
    '| Article | Round | Extracted | Gold (required) | Precision | Recall | Citation accuracy | Inverted |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...results.map(({ article, score: s }) =>
      `| ${article.name} | ${roundOf(article.name)} | ${s.extracted} | ${s.required} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.citationAccuracy)} | ${s.inverted} |`),
    ...totals.map((t) => `| **all ${t.split}** (${t.articles}) | | | | **${pct(t.precision)}** | **${pct(t.recall)}** | **${pct(t.citationAccuracy)}** | **${t.inverted}** |`),
    '',
    `Seed article vs the curated example dataset: ${overlap.shared} of ${overlap.curated} curated triples reproduced (recall ${pct(overlap.recall)}); ` +
      `${overlap.shared} of ${overlap.extracted} extracted triples are curated ones (precision ${pct(overlap.precision)}); ${overlap.sameQuote} of the shared triples have the curated quote exactly.`,
  ];
  return lines.join('\n');
}

function details({ results, overlap }: ReturnType<typeof evaluateAll>): string {
  const out: string[] = [];
  for (const { article, score: s } of results) {
    for (const [label, list] of [['false positive', s.falsePositives], ['missed', s.missed], ['inverted', s.invertedTriples], ['citation', s.citationErrors]] as const) {
      for (const item of list) out.push(`- ${article.name}: ${label}: ${item}`);
    }
  }
  out.push(...overlap.missing.map((m) => `- curated, not extracted: ${m}`), ...overlap.extra.map((m) => `- extracted, not curated: ${m}`));
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const evaluated = evaluateAll(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? articlesDir);
  process.stdout.write(`${markdown(evaluated)}\n`);
  if (process.argv.includes('--details')) process.stdout.write(`\n${details(evaluated)}\n`);
}

export { details };
