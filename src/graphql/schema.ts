import fs from 'node:fs';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { schemaFile } from '../paths.js';

/** The SDL at the project root is the contract; it is read once at start-up. */
export function loadTypeDefs(): DocumentNode {
  return gql(fs.readFileSync(schemaFile, 'utf8'));
}
