import { type Dataset, DATASET_SECTIONS } from '../../model/dataset.js';
import type { NodeKind } from '../../model/vocabulary.js';
import type { Problem } from '../problems.js';
import { formatPath } from '../problems.js';
import { type IdRegistry, type Definition } from './id-registry.js';
import type { Locator } from './parse.js';

const STAKEHOLDER: NodeKind[] = ['Person', 'Institution'];

/** What a reference must point to, for the message: "unknown stakeholder". */
const describe = (kinds: NodeKind[]) => (kinds === STAKEHOLDER ? 'stakeholder' : kinds.map((k) => k.toLowerCase()).join(' or '));

export interface Reference {
  id: string;
  kinds: NodeKind[];
  file: string;
  path: (string | number)[];
}

export const sectionOf = (kind: NodeKind) => DATASET_SECTIONS.find(([, k]) => k === kind)![0];

export const duplicateMessage = (id: string, previous: Definition) =>
  `duplicate id ${JSON.stringify(id)} (already defined at ${previous.file} ${formatPath([sectionOf(previous.kind), previous.index])})`;

/** Every id a dataset defines, with its section's kind and its index there. */
export function* definitionsIn(dataset: Dataset, positionIds: string[]): Generator<[id: string, kind: NodeKind, index: number]> {
  for (const [section, kind] of DATASET_SECTIONS) {
    const records = dataset[section];
    for (let i = 0; i < records.length; i++) yield [section === 'positions' ? positionIds[i]! : (records[i] as { id: string }).id, kind, i];
  }
}

/**
 * Collects every id a dataset defines (reporting duplicates, also across files of one run) and
 * checks its references against what the run has defined so far. Only references to ids not yet
 * seen are returned, to be resolved later, so memory stays flat for large runs. Ids the registry
 * can only suspect of repeating are returned as `suspects`. Citation numbers are checked here,
 * against the document they name.
 */
export function collectDefinitionsAndReferences(
  file: string,
  dataset: Dataset,
  positionIds: string[],
  registry: IdRegistry,
  locate: Locator,
): { references: Reference[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const references: Reference[] = [];
  const problem = (path: (string | number)[], message: string) => problems.push({ file, ...locate(path), path: formatPath(path), message });
  const ref = (id: string | undefined, kinds: NodeKind[], path: (string | number)[]) => {
    if (id === undefined) return;
    const target = registry.entity(id);
    if (!target) references.push({ id, kinds, file, path });
    else if (!kinds.includes(target.kind)) problem(path, wrongKind(id, target.kind, kinds));
  };

  for (const [id, kind, i] of definitionsIn(dataset, positionIds)) {
    const defined = registry.define(id, kind, file, i);
    if (defined.status === 'duplicate') problem([sectionOf(kind), i, 'id'], duplicateMessage(id, defined.previous));
  }

  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  const citations = (record: { document?: string | undefined; sources: (string | number)[] }, path: (string | number)[]) => {
    ref(record.document, ['Document'], [...path, 'document']);
    record.sources.forEach((s, j) => {
      if (typeof s === 'string') return ref(s, ['Source'], [...path, 'sources', j]);
      if (!record.document) return problem([...path, 'sources', j], `citation number ${s} needs a \`document\` whose reference list it points into`);
      const doc = documents.get(record.document);
      if (!doc) return problem([...path, 'sources', j], `citation number ${s} points into document ${JSON.stringify(record.document)}, which is not defined in this file`);
      if (!doc.citations[String(s)]) return problem([...path, 'sources', j], `document ${JSON.stringify(record.document)} has no reference [${s}]`);
    });
  };

  dataset.documents.forEach((d, i) =>
    Object.entries(d.citations).forEach(([n, s]) => ref(s, ['Source'], ['documents', i, 'citations', n])),
  );
  dataset.institutions.forEach((inst, i) => {
    inst.memberOf.forEach((x, j) => ref(x, ['Institution'], ['institutions', i, 'memberOf', j]));
    inst.partOf.forEach((x, j) => ref(x, ['Institution'], ['institutions', i, 'partOf', j]));
  });
  dataset.persons.forEach((p, i) =>
    p.affiliations.forEach((a, j) => {
      ref(a.institution, ['Institution'], ['persons', i, 'affiliations', j, 'institution']);
      if (a.from && a.until && a.until < a.from) problem(['persons', i, 'affiliations', j, 'until'], `until (${a.until}) is before from (${a.from})`);
    }),
  );
  dataset.proposals.forEach((p, i) => {
    ref(p.revises, ['Proposal'], ['proposals', i, 'revises']);
    if (p.revises === p.id) problem(['proposals', i, 'revises'], 'a proposal cannot revise itself');
    p.authors.forEach((x, j) => ref(x, STAKEHOLDER, ['proposals', i, 'authors', j]));
    p.terms.forEach((x, j) => ref(x, ['Term'], ['proposals', i, 'terms', j]));
    citations(p, ['proposals', i]);
  });
  dataset.events.forEach((e, i) => {
    e.participants.forEach((x, j) => ref(x, STAKEHOLDER, ['events', i, 'participants', j]));
    citations(e, ['events', i]);
  });
  dataset.positions.forEach((p, i) => {
    ref(p.holder, STAKEHOLDER, ['positions', i, 'holder']);
    ref(p.term, ['Term'], ['positions', i, 'term']);
    ref(p.event, ['Event'], ['positions', i, 'event']);
    if (p.date && p.until && p.until < p.date) problem(['positions', i, 'until'], `until (${p.until}) is before date (${p.date})`);
    citations(p, ['positions', i]);
  });
  return { references, problems };
}

const wrongKind = (id: string, kind: NodeKind, expected: NodeKind[]) =>
  `${JSON.stringify(id)} is a ${kind.toLowerCase()}, expected a ${describe(expected)}`;

/** Checks the remaining references against what the whole run defines and what the graph already holds. */
export function resolveReferences(
  references: Reference[],
  registry: IdRegistry,
  inGraph: Map<string, NodeKind | undefined>,
  locate: (file: string) => Locator,
): Problem[] {
  const problems: Problem[] = [];
  for (const r of references) {
    const kind = registry.entity(r.id)?.kind ?? inGraph.get(r.id);
    if (kind && r.kinds.includes(kind)) continue;
    const message = kind
      ? wrongKind(r.id, kind, r.kinds)
      : `unknown ${describe(r.kinds)} ${JSON.stringify(r.id)} (not defined in the input nor in the graph)`;
    problems.push({ file: r.file, ...locate(r.file)(r.path), path: formatPath(r.path), message });
  }
  return problems;
}
