import type { Mention } from '../stakeholders/detect.js';
import type { Entity } from '../stakeholders/registry.js';
import type { Token } from '../text/tokens.js';
import { clauseStart } from './clauses.js';
import { holders, type Holders, type SentenceState } from './holders.js';
import { nounPhraseStart } from './holder-spans.js';
import { pronoun } from './pronouns.js';
import { pick } from './subject-span.js';

const RELATIVE_PRONOUN_HOLDERS = new Set(['he', 'she', 'they', 'it']);

/** "Peru and Chile, which …": the relative's antecedent is the whole coordination, not its last name. */
function coordinatedBefore(mentions: readonly Mention[], tokens: readonly Token[], last: Mention, floor: number): Entity[] {
  const out = [last.entity];
  let m = last;
  for (;;) {
    const link = tokens[m.start - 1];
    if (!link || (link.lower !== 'and' && link.text !== ',')) break;
    const prev = mentions.find((x) => x.end === m.start - 1 && x.start >= floor && x.kind !== 'adjective' && !x.possessive);
    if (!prev) break;
    if (!out.includes(prev.entity)) out.unshift(prev.entity);
    m = prev;
  }
  // A comma alone links only inside a list that an "and" closes: "Chile, Peru and Ecuador".
  return out.length > 1 && tokens[last.start - 1]?.lower === 'and' ? out : [last.entity];
}

/** The holders of a cue in a relative clause (", which Germany has long resisted", "Peru and Chile, which … urged"). */
export function relative(st: SentenceState, r: number, subj: [number, number], floor: number): Holders | undefined {
  const { tokens, mentions } = st;
  const antecedentEnd = tokens[r - 1]?.text === ',' ? r - 1 : r;
  const antecedentStart = clauseStart(tokens, mentions, antecedentEnd - 1, floor).start;
  const inside = pick(st, [r + 1, subj[1]], []);
  if (inside.entities.length) {
    // ", which Germany has long resisted" right after the previous cue's object: that object is the antecedent.
    if (antecedentStart >= antecedentEnd && st.previous.some((p) => p.objectEnd === antecedentEnd || p.objectEnd === r)) return holders(inside.entities, 'relative', 1, { appositiveGap: true });
    // "which"/"whom" surely opens an object relative; "that" may open a reported clause ("told analysts that the carrier …").
    const objectGap = tokens[r]!.lower === 'which' || tokens[r]!.lower === 'whom';
    return holders(inside.entities, 'relative', 1, { antecedent: [antecedentStart, antecedentEnd], ...(objectGap ? { objectGap } : {}) });
  }
  // ", which he praised as …": a pronoun holds it, with the antecedent as object.
  const p = tokens[r + 1]?.lower ?? '';
  if (subj[1] === r + 2 && (tokens[r]!.lower === 'which' || tokens[r]!.lower === 'whom') && RELATIVE_PRONOUN_HOLDERS.has(p)) {
    const by = pronoun(st, p, r + 1);
    if (by) return holders(by.entities, 'relative', by.factor, { antecedent: [Math.max(antecedentStart, nounPhraseStart(tokens, antecedentEnd, floor)), antecedentEnd], objectGap: true });
  }
  const near = [...mentions].reverse().find((m) => m.end <= antecedentEnd && m.end >= antecedentEnd - 2 && m.start >= floor && m.kind !== 'adjective');
  if (near) return holders(coordinatedBefore(mentions, tokens, near, floor), 'relative', 0.95);
  // "put forward a counterproposal that offered X": the relative pronoun follows the previous cue's object.
  const plan = st.previous.find((p) => p.objectEnd === r || p.objectEnd === antecedentEnd);
  // "ruled out any contract that requires X": what a rejected plan holds is opposed.
  if (plan) return holders(plan.holders.entities, 'relative', 0.9, plan.cue.entry.stance === 'OPPOSED' ? { opposes: true } : {});
  return undefined;
}
