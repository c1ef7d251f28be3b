import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET_SCHEMA_FILE } from '../../src/cli/commands/schema.js';
import { datasetJsonSchema } from '../../src/model/dataset-json-schema.js';

describe('the published dataset JSON Schema', () => {
  it('is in step with the zod model (run `npm run schema:dataset` after changing it)', () => {
    expect(JSON.parse(fs.readFileSync(DATASET_SCHEMA_FILE, 'utf8'))).toEqual(datasetJsonSchema());
  });

  it('requires at least one source on every position', () => {
    const schema = datasetJsonSchema() as { properties: { positions: { items: { properties: { sources: { minItems: number } }; required: string[] } } } };
    expect(schema.properties.positions.items.required).toContain('sources');
    expect(schema.properties.positions.items.properties.sources.minItems).toBe(1);
  });
});
