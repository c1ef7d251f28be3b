import fs from 'node:fs';
import { parseDataset } from '../../dataset/parse.js';
import type { Dataset } from '../../../model/dataset.js';
import type { KnownStakeholder, KnownTerm } from '../types.js';

/** Known stakeholders and terms from a dataset file: what the graph holds after loading it. */
export function knownFromDataset(file: string): { dataset: Dataset; stakeholders: KnownStakeholder[]; terms: KnownTerm[] } {
  const parsed = parseDataset(file, fs.readFileSync(file, 'utf8'), 'yaml');
  if (!parsed.dataset) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  const d = parsed.dataset;
  return {
    dataset: d,
    stakeholders: [
      ...d.institutions.map((i): KnownStakeholder => ({ id: i.id, name: i.name, aliases: i.aliases, kind: 'Institution', institutionKind: i.kind })),
      ...d.persons.map((p): KnownStakeholder => ({ id: p.id, name: p.name, aliases: p.aliases, kind: 'Person' })),
    ],
    terms: d.terms.map((t) => ({ id: t.id, label: t.label, aliases: t.aliases })),
  };
}
