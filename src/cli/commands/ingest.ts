import { SingleBar, Presets } from 'cli-progress';
import v8 from 'node:v8';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connect.js';
import { migrate } from '../../db/migrations.js';
import { ingestDatasets } from '../../ingest/dataset/ingest-datasets.js';
import type { IngestCounts } from '../../ingest/dataset/write.js';
import { InputProblemsError, formatProblem } from '../../ingest/problems.js';
import { formatOf, listInputFiles } from '../../ingest/read-input.js';
import { NODE_KINDS } from '../../model/vocabulary.js';
import { WRITE_ORDER } from '../../ingest/dataset/rows.js';

/**
 * What an ingest keeps alive stays small (the id registry lives outside V8's heap), but between
 * major collections V8 lets its heap grow to about four times that, so by default the peak follows
 * how long the run goes on: 262 MB for a dry run of a million positions against 117 MB for 10 000.
 * Growing it by a fifth keeps the million's dry run at about 195 MB (the whole ingest peaked at
 * 188 MB in BENCHMARKS.md), for 2-3 s more CPU; V8 reads the flag at each collection, so it can be
 * set now.
 */
const INGEST_HEAP_GROWTH = '--heap-growing-percent=20';

/** Below this many rows a progress bar would only flicker. */
const PROGRESS_BAR_MIN_ROWS = 5_000;

export function summarize(counts: IngestCounts): string {
  const parts = WRITE_ORDER.filter((k) => counts[k].created + counts[k].updated + counts[k].unchanged > 0).map(
    (k) => `${k.toLowerCase()}s ${counts[k].created}/${counts[k].updated}/${counts[k].unchanged}`,
  );
  const changed = NODE_KINDS.some((k) => counts[k].created + counts[k].updated > 0);
  const kept = NODE_KINDS.filter((k) => counts[k].keptEdited > 0).map((k) => `${counts[k].keptEdited} ${k.toLowerCase()}(s)`);
  return (
    `${changed ? 'ingested' : 'no changes'} (created/updated/unchanged): ${parts.join(', ') || 'nothing'}` +
    (kept.length ? `; kept as editors changed them through the API: ${kept.join(', ')} (--overwrite-edits replaces them)` : '')
  );
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Validate, then ingest datasets (.yaml, .yml, .json) and news articles (.txt, .md), or directories of them')
    .argument('<paths...>', 'files or directories')
    .option('--dry-run', 'validate and report without writing')
    .option('--batch-size <n>', 'rows per transaction', (v) => Number.parseInt(v, 10), 2_000)
    .option('--overwrite-edits', 'replace positions and entities editors have changed through the API since (by default their edits stay)')
    .option('--extractor <name>', 'for articles: rules (offline, default) or llm (EXTRACTOR_LLM_URL)', 'rules')
    .action(async (paths: string[], options: { dryRun?: boolean; batchSize: number; overwriteEdits?: boolean; extractor: string }) => {
      const { files: all, problems } = listInputFiles(paths);
      if (problems.length) throw new InputProblemsError(problems);
      const articles = all.filter((f) => formatOf(f) === 'text');
      const files = all.filter((f) => formatOf(f) !== 'text');
      const config = loadConfig();
      v8.setFlagsFromString(INGEST_HEAP_GROWTH);
      // A long ingest rides out a cluster leader switch or a brief outage instead of failing fast.
      const db = await openDatabase(config, (line) => process.stderr.write(`${line}\n`), { maxRetryMs: 30_000 });
      let bar: SingleBar | undefined;
      try {
        await migrate(db);
        const started = Date.now();
        const report = await ingestDatasets(db, files, {
          dryRun: options.dryRun,
          batchSize: options.batchSize,
          overwriteEdits: options.overwriteEdits,
          onStart: (total) => {
            if (process.stderr.isTTY && total >= PROGRESS_BAR_MIN_ROWS && !options.dryRun) {
              bar = new SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {percentage}% {value}/{total} rows {eta_formatted} left' }, Presets.shades_classic);
              bar.start(total, 0);
            }
          },
          onProgress: (done) => bar?.increment(done),
        });
        bar?.stop();
        // Articles after datasets, so their stakeholders and terms resolve to curated ones. The
        // extractor (lexicons and all) is loaded only when there are articles.
        if (articles.length) {
          const { ingestArticleFile, summarizeArticle } = await import('../../ingest/article/ingest-article.js');
          for (const file of articles) {
            const extractor = options.extractor === 'llm' ? 'llm' : 'rules';
            const article = await ingestArticleFile(db, file, { dryRun: options.dryRun, extractor, llm: config.articles.llm, maxBytes: config.articles.maxBytes });
            process.stdout.write(`${summarizeArticle(article)}\n`);
            for (const warning of article.warnings) process.stderr.write(`warning: ${formatProblem(warning)}\n`);
          }
        }
        if (files.length === 0) return;
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
        process.stdout.write(
          report.dryRun
            ? `dry run: ${report.files} file(s), ${report.rows} records valid; nothing written (${seconds} s, peak memory ${peakMb} MB)\n`
            : `${report.files} file(s), ${report.rows} records: ${summarize(report.counts)} in ${seconds} s, peak memory ${peakMb} MB\n`,
        );
        if (!report.dryRun && !report.plansRefreshed && NODE_KINDS.some((k) => report.counts[k].created + report.counts[k].updated > 0)) {
          process.stderr.write('note: could not refresh index statistics (db.prepareForReplanning); queries may use stale plans until Neo4j resamples its indexes\n');
        }
      } finally {
        bar?.stop();
        await db.close();
      }
    });
}
