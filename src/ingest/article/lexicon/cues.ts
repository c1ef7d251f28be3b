import type { Stance } from '../../../model/vocabulary.js';
import { ROWS } from './cue-rows.js';

export { NOMINAL_CUES } from './nominal-cues.js';

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
 *   side     "sided with X on Y": Y, never X
 *   caution  someone, then "against" and what they should not do ("cautioned regulators against X")
 *   frame    an object, then closing words ("put X on the table", "made X a condition")
 * control:
 *   negate   with a cue verb after it, that cue is negated ("refused to accept"); otherwise OPPOSED the VP
 *   offer    with a cue verb after it, that cue applies; otherwise PROPOSED the VP ("ready to drop tariffs")
 *   aim      with a cue verb after it, that cue applies; otherwise SUPPORTED the VP ("seeking to secure")
 *   pass     only with a cue verb after it ("vowed to veto")
 */
export type Takes = 'np' | 'vp' | 'urge' | 'fear' | 'evaluate' | 'shift' | 'frame' | 'side' | 'caution';
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
  /** For takes 'frame': the words that close the object ("on the table"). */
  frame?: string[];
  /** Only a negated use states a stance ("could not afford X", "will not tolerate X"). */
  onlyNegated?: boolean;
  /** Only carries a plan that says what it holds ("circulated a draft that proposes X"): no claim of its own. */
  carrier?: boolean;
}

const IRREGULAR: Record<string, string[]> = {
  put: ['put', 'puts', 'putting'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  fight: ['fight', 'fights', 'fought', 'fighting'],
  draw: ['draw', 'draws', 'drew', 'drawn', 'drawing'],
  lay: ['lay', 'lays', 'laid', 'laying'],
  come: ['come', 'comes', 'came', 'coming'],
  veto: ['veto', 'vetoes', 'vetoed', 'vetoing'],
  throw: ['throw', 'throws', 'threw', 'thrown', 'throwing'],
  take: ['take', 'takes', 'took', 'taken', 'taking'],
  give: ['give', 'gives', 'gave', 'given', 'giving'],
  lend: ['lend', 'lends', 'lent', 'lending'],
  stand: ['stand', 'stands', 'stood', 'standing'],
  shoot: ['shoot', 'shoots', 'shot', 'shooting'],
  walk: ['walk', 'walks', 'walked', 'walking'],
  make: ['make', 'makes', 'made', 'making'],
  set: ['set', 'sets', 'setting'],
  pour: ['pour', 'pours', 'poured', 'pouring'],
  go: ['go', 'goes', 'went', 'going'],
  get: ['get', 'gets', 'got', 'getting'],
  hold: ['hold', 'holds', 'held', 'holding'],
  stick: ['stick', 'sticks', 'stuck', 'sticking'],
  forge: ['forge', 'forges', 'forged', 'forging'],
  dig: ['dig', 'digs', 'dug', 'digging'],
  rally: ['rally', 'rallies', 'rallied', 'rallying'],
  okay: ['okayed', "ok'd", 'okays'],
  have: ['have', 'has', 'had', 'having'],
};

/** Stressed final syllables that double their consonant: submitted, controlled, preferred. */
const DOUBLING = new Set(['submit', 'commit', 'permit', 'admit', 'omit', 'regret', 'control', 'patrol', 'compel', 'propel', 'prefer', 'refer', 'defer',
  'confer', 'rebut', 'acquit', 'abet', 'outstrip', 'equip', 'deter', 'transmit', 'allot', 'embed', 'forbid', 'instil', 'enrol', 'annul', 'repel', 'dispel']);

/** base, 3rd person, past, -ing. */
export function inflect(base: string): string[] {
  if (IRREGULAR[base]) return IRREGULAR[base]!;
  if (DOUBLING.has(base)) return [base, `${base}s`, `${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`];
  const s = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const cvc = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base);
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : cvc ? `${base}${base.at(-1)}ed` : `${base}ed`;
  const ing = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : cvc ? `${base}${base.at(-1)}ing` : `${base}ing`;
  return [base, s, past, ing];
}

const SLOTS: Record<string, string[]> = {
  '<poss>': ['its', 'their', 'his', 'her', 'our'],
  '<poss?>': ['', 'its', 'their', 'his', 'her', 'our', 'the'],
  '<adj?>': ['', 'continued', 'full', 'strong', 'firm', 'strong', 'qualified', 'cautious', 'tentative', 'formal', 'public', 'unequivocal', 'vocal', 'fresh', 'renewed', 'unanimous', 'broad', 'serious', 'deep', 'grave'],
};

/** "express <poss?> <adj?> support for" → every filled-in variant ("express support for", "express its strong support for", …). */
function expand(rest: string): string[] {
  let out = [''];
  for (const word of rest.split(' ').filter(Boolean)) {
    const fills = SLOTS[word] ?? [word];
    out = out.flatMap((o) => fills.map((f) => `${o} ${f}`));
  }
  return [...new Set(out.map((o) => o.replace(/\s+/g, ' ').trim()))];
}

/**
 * Verbs that are common nouns in their base form ("challenge", "protest") are listed by their past and
 * -ing forms only; after a modal or an infinitive "to" the base form is a verb ("would challenge X").
 */
export const BASE_AFTER_MODAL = new Map<string, CueEntry[]>();

/** Every surface form of a cue's first word, mapped to the entries it may start. */
export const CUE_INDEX: Map<string, CueEntry[]> = (() => {
  const index = new Map<string, CueEntry[]>();
  for (const row of ROWS) {
    for (const verb of row.verbs) {
      const forms = row.forms ? (row.forms.length ? row.forms : [verb]) : inflect(verb);
      for (const restText of expand(row.rest ?? '')) {
        const rest = restText ? restText.split(' ') : [];
        const entry: CueEntry = {
          rest, stance: row.stance, takes: row.takes ?? (row.frame ? 'frame' : 'np'), weight: row.weight ?? 0.85, label: [verb, ...rest].join(' '), first: verb,
          ...(row.control ? { control: row.control } : {}), ...(row.frame ? { frame: row.frame.split(' ') } : {}), ...(row.onlyNegated ? { onlyNegated: true } : {}), ...(row.carrier ? { carrier: true } : {}),
        };
        if (row.forms && row.forms.length === 2 && row.forms[0] === `${verb.replace(/e$/, '')}ed` && !rest.length) BASE_AFTER_MODAL.set(verb, [...(BASE_AFTER_MODAL.get(verb) ?? []), entry]);
        for (const form of forms) {
          const list = index.get(form) ?? [];
          list.push(entry);
          index.set(form, list);
        }
      }
    }
  }
  // Longest first, so "push back on" wins over "push for" and "refuse to" over "refuse".
  for (const list of index.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return index;
})();

/**
 * The same entries split for lookup speed: multiword entries by the word after the verb (some verbs,
 * such as "have" or "express", have hundreds of filled-in variants), and single-word entries apart.
 */
export interface CueForm {
  /** Multiword entries by the word after the verb. */
  next?: Map<string, CueEntry[]>;
  /** Single-word entries. */
  plain?: CueEntry[];
}
export const CUE_FORMS = new Map<string, CueForm>();
for (const [form, list] of CUE_INDEX) {
  const f: CueForm = {};
  for (const entry of list) {
    if (!entry.rest.length) {
      (f.plain ??= []).push(entry);
      continue;
    }
    f.next ??= new Map<string, CueEntry[]>();
    f.next.set(entry.rest[0]!, [...(f.next.get(entry.rest[0]!) ?? []), entry]);
  }
  CUE_FORMS.set(form, f);
}

/** Forms with a plain transitive entry ("rejected"): the word right after one is its object, not a cue. */
export const TRANSITIVE_FORMS = new Set([...CUE_FORMS].filter(([, f]) => f.plain?.some((e) => e.takes === 'np')).map(([form]) => form));


/** Cue words that are adjectives ("critical of", "wary of"): they never start a predicate on their own. */
export const ADJECTIVE_CUES = new Set(['supportive', 'appreciative', 'critical', 'dismissive', 'contemptuous', 'hostile', 'averse', 'resistant', 'sceptical',
  'skeptical', 'wary', 'suspicious', 'leery', 'worried', 'uneasy', 'unhappy', 'keen', 'eager', 'anxious', 'happy', 'adamant', 'scathing', 'scornful', 'sympathetic', 'receptive', 'amenable']);

/** A word that can be the verb of a stance cue (for clause boundaries), adjectives aside. */
export const CUE_VERBS = new Set([...CUE_INDEX.keys()].filter((w) => !ADJECTIVE_CUES.has(w)));
export const isCueVerb = (lower: string) => CUE_VERBS.has(lower);
