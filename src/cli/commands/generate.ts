import { type Command, InvalidArgumentError } from 'commander';
import { generateDataset, writeGeneratedDataset } from '../../ingest/generate.js';

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description('Write a valid synthetic dataset of any size, for tests and benchmarks')
    .requiredOption('--positions <n>', 'number of positions', positiveInt)
    .option('--seed <s>', 'random seed (same seed, same dataset)', positiveInt, 1)
    .option('--out <path>', 'a .json/.yaml file, or a directory for streamed JSON parts', 'generated')
    .option('--per-file <n>', 'positions per part when writing a directory', positiveInt, 10_000)
    .action((options: { positions: number; seed: number; out: string; perFile: number }) => {
      const files = writeGeneratedDataset(generateDataset(options), options.out, options.perFile);
      process.stdout.write(`wrote ${options.positions} positions in ${files.length} file(s) to ${options.out}\n`);
    });
}
