import fs from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as queries from '../../../src/web/explorer/client/queries.js';
import { schemaFile } from '../../../src/paths.js';

// The explorer may only use the public API: every document it sends must validate against schema.graphql.
describe('explorer GraphQL documents', () => {
  const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
  for (const [name, document] of Object.entries(queries)) {
    it(`${name} is valid against schema.graphql`, () => {
      expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
    });
  }
});
