import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { datasetJsonSchema } from '../../model/dataset-json-schema.js';
import { projectRoot } from '../../paths.js';

export const DATASET_SCHEMA_FILE = path.join(projectRoot, 'schemas', 'dataset.schema.json');

export function registerSchemaCommand(program: Command): void {
  program
    .command('dataset-schema')
    .description('Write the dataset JSON Schema (schemas/dataset.schema.json) from the zod model')
    .option('--check', 'fail if the committed file differs from the model')
    .action((options: { check?: boolean }) => {
      const text = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
      if (options.check) {
        const current = fs.existsSync(DATASET_SCHEMA_FILE) ? fs.readFileSync(DATASET_SCHEMA_FILE, 'utf8') : '';
        if (current !== text) throw new Error('schemas/dataset.schema.json is out of date: run `npm run schema:dataset`');
        return;
      }
      fs.mkdirSync(path.dirname(DATASET_SCHEMA_FILE), { recursive: true });
      fs.writeFileSync(DATASET_SCHEMA_FILE, text);
      process.stdout.write(`wrote ${path.relative(process.cwd(), DATASET_SCHEMA_FILE)}\n`);
    });
}
