import type { Stance } from '../../../model/vocabulary.js';

/**
 * The cue lexicon: words that state a stance, with what they take as object. Verbs are listed in
 * their base form; inflections are generated (backs/backed/backing, criticise/criticize). The issue's
 * table is the core (proposed, put forward, demands, insisted on, pushed for, included / welcomed,
 * praised, backed, agreed to, accepted, called for / rejected, opposed, pushed back on, criticized,
 * ruled out, unwilling to, vowed to veto); the rest is general reporting vocabulary.
 *
 * takes:
 *   np       an object noun phrase, a gerund or a that-clause ("rejected the plan", "demanded that…")
 *   vp       the cue ends in "to" and a verb phrase follows ("unwilling to cede territory")
 *   urge     someone, then "to" and a verb phrase ("urged both sides to return to the table")
 *   fear     a clause whose outcome the holder wants to avoid ("worry it could weaken…")
 *   evaluate an object, then an evaluative word ("called the demands unsustainable")
 *   shift    "shifts the primary interest … to X"
 * control:
 *   negate   with a cue verb after it, that cue is negated ("refused to accept"); otherwise OPPOSED the VP
 *   offer    with a cue verb after it, that cue applies; otherwise PROPOSED the VP ("ready to drop tariffs")
 *   aim      with a cue verb after it, that cue applies; otherwise SUPPORTED the VP ("seeking to secure")
 *   pass     only with a cue verb after it ("vowed to veto")
 */
export type Takes = 'np' | 'vp' | 'urge' | 'fear' | 'evaluate' | 'shift';
export type Control = 'negate' | 'offer' | 'aim' | 'pass';

export interface CueEntry {
  /** Words after the verb, literal ("back on" in "push back on"). */
  rest: string[];
  stance: Stance;
  takes: Takes;
  control?: Control;
  /** Base confidence of a plain active statement with this cue. */
  weight: number;
  /** How the cue reads: "pushed back on". */
  label: string;
  /** Its first word in base form ("push"). */
  first: string;
}

interface Row {
  verbs: string[];
  rest?: string;
  stance: Stance;
  takes?: Takes;
  control?: Control;
  weight?: number;
  /** Explicit forms instead of generated inflections (for words that are also common nouns). */
  forms?: string[];
}

const P: Stance = 'PROPOSED';
const S: Stance = 'SUPPORTED';
const O: Stance = 'OPPOSED';

const ROWS: Row[] = [
  // Proposing
  { verbs: ['propose'], stance: P },
  { verbs: ['put'], rest: 'forward', stance: P },
  { verbs: ['demand'], stance: P },
  { verbs: ['insist'], rest: 'on', stance: P },
  { verbs: ['insist'], rest: 'that', stance: P },
  { verbs: ['push', 'press', 'ask'], rest: 'for', stance: P },
  { verbs: ['include'], stance: P, weight: 0.75 },
  { verbs: ['offer'], stance: P },
  { verbs: ['offer'], rest: 'to', stance: P, takes: 'vp', control: 'offer' },
  { verbs: ['seek'], stance: P, weight: 0.75 },
  { verbs: ['want'], stance: P, weight: 0.75 },
  { verbs: ['table'], stance: P, forms: ['tabled', 'tabling'] },
  { verbs: ['float'], stance: P, forms: ['floated', 'floating'] },
  { verbs: ['unveil', 'submit'], stance: P },
  { verbs: ['present'], stance: P, forms: ['presented', 'presenting'] },
  { verbs: ['draw'], rest: 'up', stance: P },
  { verbs: ['lay'], rest: 'out', stance: P, weight: 0.75 },
  { verbs: ['suggest'], rest: 'that', stance: P, weight: 0.75 },
  { verbs: ['require'], stance: P, weight: 0.75 },
  { verbs: ['prioritize', 'prioritise'], stance: P },
  { verbs: ['provide'], rest: 'for', stance: P, weight: 0.75 },
  { verbs: ['shift'], stance: P, takes: 'shift', weight: 0.8 },
  { verbs: ['ready', 'prepared', 'willing'], rest: 'to', stance: P, takes: 'vp', control: 'offer', forms: [] },
  // Supporting
  { verbs: ['welcome', 'praise', 'back', 'accept', 'support', 'endorse', 'favor', 'favour', 'embrace', 'defend', 'champion', 'applaud', 'hail', 'approve', 'commend'], stance: S },
  { verbs: ['agree'], rest: 'to', stance: S },
  { verbs: ['agree'], rest: 'on', stance: S },
  { verbs: ['call'], rest: 'for', stance: S },
  { verbs: ['advocate'], stance: S },
  { verbs: ['advocate'], rest: 'for', stance: S },
  { verbs: ['sign'], stance: S, weight: 0.75 },
  { verbs: ['sign'], rest: 'on to', stance: S },
  { verbs: ['sign'], rest: 'off on', stance: S },
  { verbs: ['vote'], rest: 'for', stance: S },
  { verbs: ['urge'], stance: S, takes: 'urge' },
  { verbs: ['call'], rest: 'on', stance: S, takes: 'urge' },
  { verbs: ['open'], rest: 'to', stance: S, weight: 0.6, forms: [] },
  { verbs: ['in'], rest: 'favour of', stance: S, forms: [] },
  { verbs: ['in'], rest: 'favor of', stance: S, forms: [] },
  { verbs: ['seek', 'aim', 'hope', 'try'], rest: 'to', stance: S, takes: 'vp', control: 'aim', weight: 0.65 },
  // Opposing
  { verbs: ['reject', 'oppose', 'resist', 'dismiss', 'denounce', 'condemn', 'decry', 'veto', 'block', 'fight', 'slam', 'rebuff', 'refuse'], stance: O },
  { verbs: ['criticize', 'criticise'], stance: O },
  { verbs: ['push'], rest: 'back on', stance: O },
  { verbs: ['push'], rest: 'back against', stance: O },
  { verbs: ['rule'], rest: 'out', stance: O },
  { verbs: ['object'], rest: 'to', stance: O },
  { verbs: ['balk', 'baulk'], rest: 'at', stance: O },
  { verbs: ['vote', 'warn', 'argue', 'campaign', 'lobby'], rest: 'against', stance: O },
  { verbs: ['come'], rest: 'out against', stance: O },
  { verbs: ['opposed', 'against'], stance: O, forms: [] },
  { verbs: ['worry', 'fear'], stance: O, takes: 'fear', weight: 0.65 },
  { verbs: ['concerned'], rest: 'that', stance: O, takes: 'fear', weight: 0.65, forms: [] },
  { verbs: ['call', 'brand', 'label', 'describe', 'deem'], stance: O, takes: 'evaluate', weight: 0.75 },
  { verbs: ['unwilling', 'reluctant'], rest: 'to', stance: O, takes: 'vp', control: 'negate', forms: [] },
  { verbs: ['refuse', 'decline'], rest: 'to', stance: O, takes: 'vp', control: 'negate' },
  { verbs: ['vow', 'pledge', 'promise', 'threaten', 'plan', 'move', 'intend', 'decide', 'continue'], rest: 'to', stance: O, takes: 'vp', control: 'pass' },
  { verbs: ['vote'], rest: 'down', stance: O },
  { verbs: ['committed'], rest: 'to', stance: S, weight: 0.7, forms: [] },
  { verbs: ['live'], rest: 'with', stance: S, weight: 0.6 },
];

const IRREGULAR: Record<string, string[]> = {
  put: ['put', 'puts', 'putting'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  fight: ['fight', 'fights', 'fought', 'fighting'],
  draw: ['draw', 'draws', 'drew', 'drawn', 'drawing'],
  lay: ['lay', 'lays', 'laid', 'laying'],
  come: ['come', 'comes', 'came', 'coming'],
  veto: ['veto', 'vetoes', 'vetoed', 'vetoing'],
};

/** base, 3rd person, past, -ing. */
export function inflect(base: string): string[] {
  if (IRREGULAR[base]) return IRREGULAR[base]!;
  const s = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const cvc = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base);
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : cvc ? `${base}${base.at(-1)}ed` : `${base}ed`;
  const ing = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : cvc ? `${base}${base.at(-1)}ing` : `${base}ing`;
  return [base, s, past, ing];
}

/** Every surface form of a cue's first word, mapped to the entries it may start. */
export const CUE_INDEX: Map<string, CueEntry[]> = (() => {
  const index = new Map<string, CueEntry[]>();
  for (const row of ROWS) {
    for (const verb of row.verbs) {
      const forms = row.forms ? (row.forms.length ? row.forms : [verb]) : inflect(verb);
      const rest = row.rest ? row.rest.split(' ') : [];
      const entry: CueEntry = { rest, stance: row.stance, takes: row.takes ?? 'np', weight: row.weight ?? 0.85, label: [verb, ...rest].join(' '), first: verb, ...(row.control ? { control: row.control } : {}) };
      for (const form of forms) {
        const list = index.get(form) ?? [];
        list.push(entry);
        index.set(form, list);
      }
    }
  }
  // Longest first, so "push back on" wins over "push for" and "refuse to" over "refuse".
  for (const list of index.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return index;
})();

/** Nominal cues after a possessor: "Tehran's rejection of", "the union's demand for", "the American offer of". */
export const NOMINAL_CUES: Record<string, { stance: Stance; preps: string[] }> = {
  demand: { stance: P, preps: ['for', 'that'] },
  demands: { stance: P, preps: ['for'] },
  proposal: { stance: P, preps: ['for', 'to', 'of'] },
  offer: { stance: P, preps: ['of', 'to'] },
  push: { stance: P, preps: ['for'] },
  insistence: { stance: P, preps: ['on', 'that'] },
  call: { stance: S, preps: ['for'] },
  calls: { stance: S, preps: ['for'] },
  support: { stance: S, preps: ['for', 'of'] },
  backing: { stance: S, preps: ['for', 'of'] },
  endorsement: { stance: S, preps: ['of'] },
  acceptance: { stance: S, preps: ['of'] },
  opposition: { stance: O, preps: ['to'] },
  rejection: { stance: O, preps: ['of'] },
  objection: { stance: O, preps: ['to'] },
  objections: { stance: O, preps: ['to'] },
  veto: { stance: O, preps: ['of', 'on'] },
};
