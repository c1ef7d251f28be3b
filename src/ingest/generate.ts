import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { DATASET_SECTIONS, type DatasetInput } from '../model/dataset.js';
import { EVENT_KINDS, INSTITUTION_KINDS, STANCES } from '../model/vocabulary.js';

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same dataset. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf-like pick: index 0 is chosen most, the tail rarely, as with real stakeholders. */
function skewed(rand: () => number, n: number, exponent = 1.2): number {
  return Math.min(n - 1, Math.floor(n * Math.pow(rand(), exponent * 2)));
}

const WORDS = ['border', 'ceasefire', 'sanctions', 'grain', 'energy', 'prisoners', 'reactor', 'troops', 'aid', 'tariffs', 'corridor', 'amnesty', 'elections', 'reparations', 'monitoring', 'airspace', 'ports', 'minerals', 'neutrality', 'guarantees'];
const pad = (n: number, width = 6) => String(n).padStart(width, '0');

export interface GenerateOptions {
  positions: number;
  seed?: number;
}

export interface GeneratedDataset {
  /** Everything but positions: stakeholders, terms, proposals, sources, documents, events. */
  entities: DatasetInput;
  /** Positions, produced lazily in chunks so a million never sit in memory at once. */
  positionChunks(size: number): Generator<NonNullable<DatasetInput['positions']>>;
}

/**
 * A synthetic dataset with realistic, skewed proportions: a few very active stakeholders and a long
 * tail, terms shared across proposal versions, several sources per position.
 */
export function generateDataset({ positions, seed = 1 }: GenerateOptions): GeneratedDataset {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const nPersons = Math.max(10, Math.round(positions / 80));
  const nInstitutions = Math.max(8, Math.round(positions / 150));
  const nTerms = Math.max(10, Math.round(positions / 40));
  const nSources = Math.max(20, Math.round(positions / 4));
  const nProposals = Math.max(3, Math.round(nTerms / 8));
  const nEvents = Math.max(3, Math.round(positions / 200));
  const doc = 'doc:gen-briefing';

  const institutions = Array.from({ length: nInstitutions }, (_, i) => ({
    id: `inst:gen-${pad(i)}`,
    name: `Institution ${pad(i)}`,
    kind: INSTITUTION_KINDS[i % INSTITUTION_KINDS.length]!,
    aliases: [`I${i}`],
    memberOf: i > 0 && rand() < 0.3 ? [`inst:gen-${pad(skewed(rand, i))}`] : [],
  }));
  const persons = Array.from({ length: nPersons }, (_, i) => ({
    id: `person:gen-${pad(i)}`,
    name: `Person ${pad(i)}`,
    aliases: [`P. ${pad(i)}`],
    affiliations: [{ institution: `inst:gen-${pad(skewed(rand, nInstitutions))}`, role: pick(['envoy', 'minister', 'president', 'adviser', 'spokesperson']) }],
  }));
  const stakeholders = [...persons.map((p) => p.id), ...institutions.map((i) => i.id)];
  const terms = Array.from({ length: nTerms }, (_, i) => ({
    id: `term:gen-${pad(i)}`,
    label: `${pick(WORDS)} ${pick(WORDS)} clause ${i}`,
    category: pick(WORDS),
  }));
  const proposals = Array.from({ length: nProposals }, (_, i) => {
    const family = Math.floor(i / 3);
    return {
      id: `proposal:gen-${pad(i)}`,
      name: `Plan ${family} v${(i % 3) + 1}`,
      family: `plan-${family}`,
      version: (i % 3) + 1,
      ...(i % 3 > 0 ? { revises: `proposal:gen-${pad(i - 1)}` } : {}),
      authors: [stakeholders[skewed(rand, stakeholders.length)]!],
      // Versions of a plan share most terms, as revised plans do.
      terms: [...new Set(Array.from({ length: 6 }, () => `term:gen-${pad((family * 5 + Math.floor(rand() * 8)) % nTerms)}`))],
      sources: [`src:gen-${pad(Math.floor(rand() * nSources))}`],
    };
  });
  const sources = Array.from({ length: nSources }, (_, i) => ({
    id: `src:gen-${pad(i)}`,
    url: `https://news.example/${2020 + (i % 6)}/${pad(i)}`,
    publisher: `Outlet ${i % 50}`,
    title: `Report ${i}`,
    publishedAt: `${2020 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}`,
  }));
  const events = Array.from({ length: nEvents }, (_, i) => ({
    id: `event:gen-${pad(i)}`,
    name: `Round ${i}`,
    kind: pick(EVENT_KINDS),
    date: `${2020 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    participants: [...new Set(Array.from({ length: 3 }, () => stakeholders[skewed(rand, stakeholders.length)]!))],
    sources: [`src:gen-${pad(Math.floor(rand() * nSources))}`],
  }));

  const entities: DatasetInput = {
    dataset: { id: `generated-${positions}-${seed}`, title: `Generated dataset: ${positions} positions, seed ${seed}` },
    sources,
    documents: [{ id: doc, title: 'Generated briefing', publishedAt: '2025' }],
    institutions,
    persons,
    terms,
    proposals,
    events,
  };

  function* positionChunks(size: number) {
    for (let start = 0; start < positions; start += size) {
      const chunk = [];
      for (let i = start; i < Math.min(positions, start + size); i++) {
        const year = 2020 + Math.floor(rand() * 6);
        const month = 1 + Math.floor(rand() * 12);
        const nCites = 1 + skewed(rand, 4, 0.8);
        chunk.push({
          id: `pos:gen-${pad(i, 8)}`,
          holder: stakeholders[skewed(rand, stakeholders.length)]!,
          term: `term:gen-${pad(skewed(rand, nTerms, 0.9))}`,
          stance: STANCES[Math.floor(rand() * STANCES.length)]!,
          date: `${year}-${String(month).padStart(2, '0')}`,
          quote: `Statement ${i} on the ${pick(WORDS)} question.`,
          confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
          document: doc,
          sources: [...new Set(Array.from({ length: nCites }, () => `src:gen-${pad(Math.floor(rand() * nSources))}`))],
        });
      }
      yield chunk;
    }
  }
  return { entities, positionChunks };
}

/**
 * Writes a generated dataset: to one file when `out` ends in .json/.yaml, otherwise to a directory
 * of JSON parts of at most `perFile` records, entities first (in the order that lets each part refer
 * only to earlier ones), then positions. Ingest holds one file at a time, so bounded parts keep its
 * memory flat however big the dataset.
 */
export function writeGeneratedDataset(generated: GeneratedDataset, out: string, perFile = 10_000): string[] {
  const ext = path.extname(out).toLowerCase();
  if (ext === '.json' || ext === '.yaml' || ext === '.yml') {
    const all = { ...generated.entities, positions: [...generated.positionChunks(Number.MAX_SAFE_INTEGER)].flat() };
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, ext === '.json' ? JSON.stringify(all) : stringify(all));
    return [out];
  }
  fs.mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const writePart = (section: string, records: unknown[]) => {
    const file = path.join(out, `part-${pad(written.length, 5)}-${section}.json`);
    fs.writeFileSync(file, JSON.stringify({ dataset: generated.entities.dataset, [section]: records }));
    written.push(file);
  };
  for (const [section] of DATASET_SECTIONS) {
    const records: unknown[] = section === 'positions' ? [] : (generated.entities[section] ?? []);
    for (let i = 0; i < records.length; i += perFile) writePart(section, records.slice(i, i + perFile));
  }
  for (const positions of generated.positionChunks(perFile)) writePart('positions', positions);
  return written;
}
