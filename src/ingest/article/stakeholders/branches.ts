import type { Token } from '../text/tokens.js';
import type { Mention } from './detect.js';
import { type Entity, type Registry, initialsOf } from './registry.js';
import { isCapWord } from './patterns.js';

const UNITS: Record<string, string> = { branch: 'branch', branches: 'branch', chapter: 'chapter', chapters: 'chapter', wing: 'wing', wings: 'wing', division: 'division', divisions: 'division' };
const OWNER_PRONOUNS = new Set(['its', 'their']);

/**
 * Branches of a body, which act on their own: "the union's Ohio chapter", "The NRTLU's Western
 * Australian and Queensland branches" (two branches), "its New South Wales branch". Each is a body
 * named "<owner's short name> <place> branch", so the same branch found again gets the same id.
 * Replaces an owner mention followed by capitalised qualifiers and a unit noun with the branch mentions.
 */
export function branchMentions(tokens: readonly Token[], reg: Registry, mentions: Mention[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const pronoun = t.kind === 'word' && OWNER_PRONOUNS.has(t.lower);
    if (!pronoun && t.kind !== 'poss') continue;
    // Cheap test before any lookup: a capitalised word must follow.
    if (!isCapWord(tokens[k + 1])) continue;
    const owner = pronoun ? lastBodyBefore(mentions, k) : ownerEnding(mentions, k);
    if (!owner) continue;
    const qualifiers: string[][] = [[]];
    let e = k + 1;
    while (e < tokens.length && e - k <= 8) {
      const w = tokens[e]!;
      if (isCapWord(w)) qualifiers.at(-1)!.push(w.text);
      else if ((w.lower === 'and' || w.text === ',') && qualifiers.at(-1)!.length && isCapWord(tokens[e + 1])) qualifiers.push([]);
      else break;
      e++;
    }
    const unit = UNITS[tokens[e]?.lower ?? ''];
    if (!unit || qualifiers.some((q) => q.length === 0) || (qualifiers.length > 1 && !tokens[e]!.lower.endsWith('es') && !tokens[e]!.lower.endsWith('s'))) continue;
    const short = shortName(owner.entity);
    const start = pronoun ? k : owner.start;
    if (!pronoun) mentions.splice(mentions.indexOf(owner), 1);
    // Names inside the qualifiers ("Western Australian") are part of the branch's name, not stakeholders.
    for (let m = mentions.length - 1; m >= 0; m--) if (mentions[m]!.start > k && mentions[m]!.end <= e) mentions.splice(m, 1);
    for (const q of qualifiers) {
      const entity = reg.introduce(`${short} ${q.join(' ')} ${unit}`, 'Institution', 'GROUP');
      entity.partOf ??= owner.entity.id;
      reg.seen(entity);
      mentions.push({ start, end: e + 1, entity, kind: 'name', possessive: tokens[e + 1]?.kind === 'poss' });
    }
    k = e;
  }
}

/** The possessive mention whose "'s" is at k. */
function ownerEnding(mentions: readonly Mention[], k: number): Mention | undefined {
  for (const m of mentions) if (m.end === k && m.possessive && m.entity.kind === 'Institution' && m.kind !== 'adjective') return m;
  return undefined;
}

/** "and its New South Wales branch": the body named last before the pronoun in this sentence. */
function lastBodyBefore(mentions: readonly Mention[], k: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) if (m.end <= k && m.entity.kind === 'Institution' && m.kind !== 'adjective' && (!best || m.end > best.end)) best = m;
  return best;
}

/** The initials of the body's name ("TRWF"), else an all-capitals alias, else its name: the same whether the body is new or known. */
function shortName(e: Entity): string {
  const initials = initialsOf(e.name.split(/\s+/));
  if (initials) return initials;
  for (const a of e.aliases) if (a.length >= 2 && a.length <= 8 && /^[\p{Lu}\d&]+$/u.test(a)) return a;
  return e.name;
}
