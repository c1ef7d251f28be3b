import { z } from 'zod';
import { datasetSchema } from './dataset.js';

/** The published JSON Schema of the dataset format, for editors' YAML/JSON tooling. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://stancegraph.dev/schemas/dataset.schema.json',
    title: 'Stancegraph dataset',
    description: 'A curated dataset of stakeholders, terms, positions and their sources. See docs/dataset-format.md.',
  };
}
