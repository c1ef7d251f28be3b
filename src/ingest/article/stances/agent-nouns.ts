import { AGENT_NOUNS } from '../lexicon/nominal-cues.js';
import { cleanTerm } from '../terms/clean.js';
import type { TermRegistry } from '../terms/registry.js';
import { type SentenceState, resolveHolders } from './holders.js';
import { objectOf } from './objects.js';
import type { Candidate } from './sentence.js';

/**
 * Stances stated by what the holder is: "Chile has been a vocal critic of X", "Peru is the main
 * supporter of X", and in apposition, "Chile, a longtime opponent of X, walked out".
 */
const MODIFIERS = /^(?:vocal|strong|staunch|fierce|leading|main|chief|key|longtime|long-time|longstanding|long-standing|prominent|outspoken|fervent|ardent|harsh|persistent|early|principal|biggest|strongest|loudest|most|one|of|the|a|an|its|their)$/;
const ENTRY = { rest: [], takes: 'np' as const, weight: 0.7, label: 'agent noun', first: 'agent' };

export function agentNouns(st: SentenceState, analysis: string, terms: TermRegistry, cueStarts: ReadonlySet<number>): Candidate[] {
  const { tokens, mentions } = st;
  const out: Candidate[] = [];
  for (let k = 2; k < tokens.length - 2; k++) {
    const stance = AGENT_NOUNS.get(tokens[k]!.lower);
    if (!stance || tokens[k + 1]!.lower !== 'of') continue;
    let d = k - 1;
    while (d > 0 && MODIFIERS.test(tokens[d]!.lower) && !/^(?:a|an|the)$/.test(tokens[d]!.lower)) d--;
    if (!/^(?:a|an|the)$/.test(tokens[d]!.lower)) continue;
    const entry = { ...ENTRY, stance };
    let holders;
    if (tokens[d - 1]?.text === ',') {
      // ", a longtime opponent of X,": the stakeholder just before the comma.
      const m = mentions.find((x) => x.end === d - 1 && x.kind !== 'adjective' && !x.possessive);
      holders = m ? [m.entity] : [];
    } else if (/^(?:is|are|was|were|been|be|remains|remained|became|become)$/.test(tokens[d - 1]?.lower ?? '')) {
      const h = resolveHolders(st, { start: d, end: k + 2, entry, passive: false, participle: false }, 0);
      holders = h && !h.negated ? h.entities : [];
    } else continue;
    if (!holders.length) continue;
    const object = objectOf(tokens, { end: k + 2, entry }, cueStarts);
    for (const range of object?.phrases ?? []) {
      const clean = cleanTerm(analysis, tokens, range, mentions, (h) => st.discourse.phrases.get(h));
      if (!clean || clean.generic || clean.harm) continue;
      const { term, isNew } = terms.resolve(clean.text, clean.stems);
      for (const holder of holders) out.push({ holder, term, termIsNew: isNew, stance, confidence: 0.65, note: `"${tokens[k]!.text} of": what the holder is` });
      st.discourse.note({ holders, term, stance });
    }
  }
  return out;
}
