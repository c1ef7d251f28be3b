import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exampleDataset } from '../../paths.js';
import { type Agreement, compareAnnotations } from './evaluation/agreement.js';
import { type GoldArticle, loadGold, loadGoldDir } from './evaluation/gold.js';
import { knownFromDataset } from './evaluation/known.js';
import { type ArticleScore, score } from './evaluation/metrics.js';
import { articlesDir } from './evaluate.js';
import { extractArticle } from './extract.js';

/**
 * Inter-annotator agreement: data/articles/second-annotation holds a second, independent gold file
 * for some articles. For each, this scores the second annotator against the first, and the extractor
 * against each of them, so the extractor's recall can be read next to what people reach.
 * `node dist/ingest/article/agreement.js` prints the table docs/extraction.md records.
 */
export const secondAnnotationDir = path.join(articlesDir, 'second-annotation');

interface Row {
  name: string;
  secondVsFirst: Agreement;
  firstVsSecond: Agreement;
  /** The second annotator against the first, trying each of their phrases for a term, not only its label. */
  secondVsFirstAnyPhrase: Agreement;
  extractorVsFirst: ArticleScore;
  extractorVsSecond: ArticleScore;
}

export function agreementRows(dir = secondAnnotationDir, firstDir = articlesDir): Row[] {
  const known = knownFromDataset(exampleDataset);
  const firsts = new Map(loadGoldDir(firstDir).map((a) => [a.name, a]));
  const seconds = fs.existsSync(dir) ? loadGoldDir(dir) : [];
  return seconds.map((second: GoldArticle) => {
    const first = firsts.get(second.name) ?? loadGold(path.join(firstDir, `${second.name}.gold.yaml`));
    const extraction = extractArticle(first.text, known.stakeholders, known.terms);
    return {
      name: second.name,
      secondVsFirst: compareAnnotations(first.gold, second.gold),
      firstVsSecond: compareAnnotations(second.gold, first.gold),
      secondVsFirstAnyPhrase: compareAnnotations(first.gold, second.gold, { anyPhrase: true }),
      extractorVsFirst: score(extraction, first.gold),
      extractorVsSecond: score(extraction, second.gold),
    };
  });
}

const pct = (x: number) => x.toFixed(2);
const ratio = (n: number, d: number) => pct(d ? n / d : 1);
const cells = (p: number, r: number) => `${pct(p)} | ${pct(r)}`;

export function agreementMarkdown(rows: Row[]): string {
  const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
  const totals = (pick: (r: Row) => Agreement) =>
    [ratio(sum((r) => pick(r).matched), sum((r) => pick(r).proposed)), ratio(sum((r) => pick(r).recalled), sum((r) => pick(r).required))] as const;
  const total = (pick: (r: Row) => Agreement) => totals(pick).map((x) => `**${x}**`).join(' | ');
  const [anyP, anyR] = totals((r) => r.secondVsFirstAnyPhrase);
  const totalScore = (pick: (r: Row) => ArticleScore) =>
    `**${ratio(sum((r) => pick(r).truePositives), sum((r) => pick(r).extracted))}** | **${ratio(sum((r) => pick(r).recalled), sum((r) => pick(r).required))}**`;
  return [
    '| Article | Required (first / second) | Second vs first: P | R | First vs second: P | R | Extractor vs first: P | R | Extractor vs second: P | R |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) =>
      `| ${r.name} | ${r.secondVsFirst.required} / ${r.firstVsSecond.required} | ${cells(r.secondVsFirst.precision, r.secondVsFirst.recall)} | ${cells(r.firstVsSecond.precision, r.firstVsSecond.recall)} | ` +
        `${cells(r.extractorVsFirst.precision, r.extractorVsFirst.recall)} | ${cells(r.extractorVsSecond.precision, r.extractorVsSecond.recall)} |`),
    `| **all** (${rows.length}) | ${sum((r) => r.secondVsFirst.required)} / ${sum((r) => r.firstVsSecond.required)} | ${total((r) => r.secondVsFirst)} | ${total((r) => r.firstVsSecond)} | ` +
      `${totalScore((r) => r.extractorVsFirst)} | ${totalScore((r) => r.extractorVsSecond)} |`,
    '',
    `Terms are matched as the extractor's are, with the second annotator's label in the extractor's place; trying their mentions too gives P ${anyP}, R ${anyR}. ` +
      `Opposite readings between the annotators: ${sum((r) => r.secondVsFirst.opposite)}; citation agreement on matched triples: ` +
      `${ratio(sum((r) => r.secondVsFirst.citationAccuracy * r.secondVsFirst.matched), sum((r) => r.secondVsFirst.matched))}.`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${agreementMarkdown(agreementRows(process.argv[2] ?? secondAnnotationDir))}\n`);
}
