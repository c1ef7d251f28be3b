import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whether this runs from src/ (tests) or dist/ (built). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const cypherDir = path.join(projectRoot, 'cypher');
export const schemaFile = path.join(projectRoot, 'schema.graphql');
export const exampleDataset = path.join(projectRoot, 'data', 'examples', 'ukraine-peace-talks-2025.yaml');
