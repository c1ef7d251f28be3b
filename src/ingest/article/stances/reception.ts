import { RECEPTION } from '../lexicon/nominal-cues.js';
import { cleanTerm } from '../terms/clean.js';
import type { TermRegistry } from '../terms/registry.js';
import { inVerbGroup, mainVerb } from './clauses.js';
import type { SentenceState } from './holders.js';
import { generic } from './claims.js';
import type { Candidate } from './sentence.js';

/**
 * How a plan was received: "The bill has drawn support from consumer advocates", "The proposal faces
 * stiff resistance from the tech industry", "The plan won backing from Germany". The agent after
 * "from" holds the stance; the sentence's subject is the term.
 */
const RECEIVING = new Set(['draw', 'draws', 'drew', 'drawn', 'drawing', 'win', 'wins', 'won', 'winning', 'receive', 'receives', 'received', 'gain',
  'gains', 'gained', 'attract', 'attracts', 'attracted', 'face', 'faces', 'faced', 'facing', 'meet', 'meets', 'met', 'encounter', 'encountered',
  'earn', 'earned', 'earns', 'secure', 'secured', 'get', 'got', 'gets', 'run', 'ran', 'runs', 'running', 'hit', 'hits', 'provoke', 'provoked', 'provokes',
  'spark', 'sparked', 'sparks', 'trigger', 'triggered', 'triggers']);
/** "has the backing of X", "enjoys the support of X": possession verbs, read only with "the … of". */
const HAVING = new Set(['has', 'have', 'had', 'having', 'enjoy', 'enjoys', 'enjoyed', 'enjoying', 'retain', 'retains', 'retained', 'lack', 'lacks', 'lacked']);
const ADJECTIVES = /^(?:stiff|strong|fierce|broad|wide|widespread|growing|mounting|cautious|qualified|tentative|early|firm|vocal|heavy|sharp|harsh|some|little|much|bipartisan|cross-party|unanimous|fresh|renewed|further)$/;

export function receptions(st: SentenceState, analysis: string, terms: TermRegistry): Candidate[] {
  // readSentence calls this only when a reception noun is present (triggers.ts).
  const { tokens, mentions } = st;
  const mv = mainVerb(tokens, mentions);
  if (mv.verb <= mv.subjectStart) return [];
  let subjectEnd = mv.verb;
  while (subjectEnd > mv.subjectStart && inVerbGroup(tokens[subjectEnd - 1]!)) subjectEnd--;
  // The subject must be a thing, not a stakeholder ("Germany faces criticism from …" is about Germany).
  if (mentions.some((m) => m.start >= mv.subjectStart && m.start < subjectEnd && m.kind !== 'adjective' && !m.possessive)) return [];
  const out: Candidate[] = [];
  for (let k = mv.verb; k < tokens.length - 2; k++) {
    const stance = RECEPTION.get(tokens[k]!.lower);
    const of = tokens[k + 1]!.lower === 'of';
    if (!stance || !(of || /^(?:from|on|in|within|among)$/.test(tokens[k + 1]!.lower))) continue;
    let v = k - 1;
    while (v > mv.verb && (ADJECTIVES.test(tokens[v]!.lower) || /^(?:into|up|against)$/.test(tokens[v]!.lower))) v--;
    if (of) {
      // "has the backing of X" (never "lacks": lacking support states no stance of X's).
      if (tokens[v]!.lower !== 'the' || !HAVING.has(tokens[v - 1]?.lower ?? '') || tokens[v - 1]!.lower.startsWith('lack')) continue;
    } else if (!RECEIVING.has(tokens[v]!.lower)) continue;
    if (of) v--;
    const agents = [];
    for (let j = k + 2; j < tokens.length && j - k < 14; j++) {
      const m = mentions.find((x) => x.start === j || (x.start === j + 1 && tokens[j]!.lower === 'the'));
      if (m && m.kind !== 'adjective') {
        agents.push(m.entity);
        j = m.end;
        if (!/^(?:and|,|or)$/.test(tokens[j]?.lower ?? '')) break;
      } else if (!/^(?:and|,|or|the|both)$/.test(tokens[j]!.lower)) break;
    }
    if (!agents.length) continue;
    const clean = cleanTerm(analysis, tokens, [mv.subjectStart, subjectEnd], mentions, (h) => st.discourse.phrases.get(h));
    if (!clean || clean.harm) continue;
    if (clean.generic && clean.generic !== 'whole') {
      // "The measure has the backing of X": the subject refers back, as an object would.
      for (const r of generic(st, terms, clean.text, clean.generic, clean.owners, clean.docHead, agents, stance)) {
        for (const holder of agents) out.push({ holder, term: r.term, termIsNew: r.isNew, stance: r.stance, confidence: 0.55, note: `"${tokens[v]!.text} … ${tokens[k]!.text}": how it was received; subject read as ${r.note}` });
      }
      continue;
    }
    const doc = clean.generic === 'whole' ? st.discourse.doc(clean.docHead ?? '') : undefined;
    const label = doc?.label ?? clean.text;
    const { term, isNew } = doc ? terms.resolve(label) : terms.resolve(clean.text, clean.stems);
    for (const holder of agents) out.push({ holder, term, termIsNew: isNew, stance, confidence: 0.65, note: `"${tokens[v]!.text} … ${tokens[k]!.text} ${tokens[k + 1]!.text}": how it was received` });
    st.discourse.note({ holders: agents, term, stance });
  }
  return out;
}
