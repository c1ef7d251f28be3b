import type { InstitutionKind } from '../../../model/vocabulary.js';
import { GROUP_NOUNS, ORG_DESCRIPTORS, ORG_WORDS, ROLES, STATE_NOUNS } from '../lexicon/roles.js';
import { NOT_NAMES, POSSESSIVE_PRONOUNS } from '../lexicon/words.js';
import { PhraseSet } from '../text/phrases.js';
import type { Token } from '../text/tokens.js';

/** Token-level building blocks for stakeholder mentions. */
export const ROLE_SET = new PhraseSet(ROLES);
export const STATE_NOUN_SET = new PhraseSet(STATE_NOUNS);
export const GROUP_NOUN_SET = new PhraseSet(GROUP_NOUNS);
export const DESCRIPTOR_SET = new PhraseSet(ORG_DESCRIPTORS);
/** State nouns that name one body, so "the presidency" later refers back to "the Brazilian presidency". */
export const HEAD_STATE_NOUNS = new Set(['presidency', 'government', 'administration', 'delegation', 'cabinet', 'leadership', 'regime', 'side']);

/** Plurals that take "'s": "Fishermen's", "Women's", "Children's", "People's". */
const IRREGULAR_PLURAL = /(?:men|children|people)$/;
const PARTICLE = /^(?:al|el|bin|ibn|de|da|van|von|der|di|du|la|le|dos|das)$/;
/* Module-level: a regex literal in nameEnd's loop would allocate a RegExp for every word it looks at. */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const AL_NAME = /^(?:al|el)-\p{Lu}/u;

export const isCapWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.cap && !NOT_NAMES.has(t.text);

/** End of a personal name (1–4 words) starting at k, or k when there is none. */
export function nameEnd(tokens: readonly Token[], k: number): number {
  let e = k;
  while (e < tokens.length && e - k < 4) {
    const t = tokens[e]!;
    if (isCapWord(t) && !ORG_WORDS.has(t.text) && !INITIALS.test(t.text)) e++;
    else if (e > k && PARTICLE.test(t.lower) && isCapWord(tokens[e + 1])) e++;
    else if (AL_NAME.test(t.text)) e++;
    else break;
  }
  return e;
}

/** Qualifier tokens before a role: "U.S. Army", "Brazil's", "its", "Union". Returns the role's index or -1. */
export function roleAfterQualifiers(tokens: readonly Token[], i: number): number {
  for (let j = i; j < tokens.length && j - i < 5; j++) {
    if (ROLE_SET.at(tokens, j)) return j;
    const t = tokens[j]!;
    const qualifier = t.kind === 'poss' ? j > i : t.kind === 'word' && (isCapWord(t) || (j === i && POSSESSIVE_PRONOUNS.has(t.lower)));
    if (!qualifier) return -1;
  }
  return -1;
}

const NUMBERED_UNITS = new Set(['Local', 'Lodge', 'Chapter', 'District', 'Branch', 'Division', 'Section']);

/** A capitalised organisation name containing an organisation word ("Great Lakes Nurses Union"). */
export function orgNameEnd(tokens: readonly Token[], i: number): number {
  if (!isCapWord(tokens[i])) return i;
  let e = i + 1;
  let hasOrgWord = ORG_WORDS.has(tokens[i]!.text);
  while (e < tokens.length) {
    const t = tokens[e]!;
    if (isCapWord(t)) {
      hasOrgWord ||= ORG_WORDS.has(t.text);
      e++;
    } else if (t.kind === 'poss' && (t.text === "'" || t.text === '’' || IRREGULAR_PLURAL.test(tokens[e - 1]!.lower)) && isCapWord(tokens[e + 1])) {
      e++; // "Rugby Players' Alliance", "Baltic Fishermen's Association"
    } else if (t.kind === 'poss' && (t.text === "'" || t.text === '’') && tokens[e + 1]?.lower === 'and' && isCapWord(tokens[e + 2])) {
      e += 2; // "European Farmers' and Growers' Council"
    } else if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'on' || t.text === '&' || t.lower === 'de' || (t.lower === 'and' && !hasOrgWord)) && isCapWord(tokens[e + 1])) {
      // "Competition and Markets Authority": "and" inside a name, before its organisation word.
      e++;
    } else if (t.lower === 'the' && (tokens[e - 1]?.lower === 'of' || tokens[e - 1]?.lower === 'for') && isCapWord(tokens[e + 1])) {
      e++;
    } else if (t.kind === 'num' && /^\d+$/.test(t.text) && NUMBERED_UNITS.has(tokens[e - 1]!.text)) {
      // "United Public Workers Local 1190", "District 9": the number names the unit.
      e++;
      break;
    } else break;
  }
  // "the Broadcasting Financing Act", "the Media Services Bill": a name ending in a word for a text names a plan, not a body.
  return hasOrgWord && e - i >= 2 && !namesText(tokens, e) ? e : i;
}

/** A name ending in a word for a text ("… Financing Act"), but not an insurer's or a fund's "Health Plan" or "Pension Plan". */
const namesText = (tokens: readonly Token[], e: number) => TEXT_NAME_WORDS.has(tokens[e - 1]!.text) && !(tokens[e - 1]!.text === 'Plan' && PLAN_BODIES.has(tokens[e - 2]?.text ?? ''));
const PLAN_BODIES = new Set(['Health', 'Pension', 'Insurance', 'Benefit', 'Benefits', 'Retirement']);

const TEXT_NAME_WORDS = new Set(['Act', 'Bill', 'Law', 'Treaty', 'Accord', 'Agreement', 'Directive', 'Regulation', 'Regulations', 'Code', 'Charter', 'Protocol',
  'Ordinance', 'Amendment', 'Plan', 'Strategy', 'Framework', 'Pact', 'Declaration', 'Report', 'Roadmap']);

export function kindFromName(words: readonly string[]): InstitutionKind {
  for (const w of [...words].reverse()) {
    switch (w) {
      case 'Party':
        return 'PARTY';
      case 'Government': case 'Administration': case 'Cabinet': case 'Presidency':
        return 'GOVERNMENT';
      case 'Ministry': case 'Department': case 'Office': case 'Agency': case 'Commission': case 'Authority': case 'Board': case 'Service':
      case 'Services': case 'Secretariat': case 'Council': case 'Committee': case 'Court': case 'Tribunal': case 'Police': case 'Guard':
      case 'Army': case 'Navy': case 'Forces': case 'Parliament': case 'Senate': case 'Assembly': case 'Congress':
        return 'AGENCY';
      case 'Technologies': case 'Technology': case 'Labs': case 'Media': case 'Energy': case 'Pharmaceuticals': case 'Pharma': case 'Partners':
      case 'Capital': case 'Ventures': case 'Solutions': case 'Foods': case 'Steel': case 'Petroleum': case 'Mining': case 'Telecom':
      case 'Communications': case 'Networks': case 'Software': case 'Robotics': case 'Aerospace': case 'Airways': case 'Railways':
      case 'Shipping': case 'Logistics': case 'Insurance': case 'Securities':
      case 'Bank': case 'Fund': case 'Corporation': case 'Company': case 'Inc': case 'Corp': case 'Ltd': case 'LLC': case 'System':
      case 'Systems': case 'Industries': case 'Holdings': case 'Airlines': case 'Motors':
        return 'COMPANY';
      case 'Alliance': case 'Coalition': case 'League': case 'Bloc':
        return 'ALLIANCE';
      case 'Foundation': case 'Trust': case 'Society': case 'Institute': case 'Network': case 'Forum': case 'Club':
        return 'NGO';
      case 'Union': case 'Association': case 'Federation': case 'Confederation': case 'Nations': case 'States': case 'Countries':
      case 'Group': case 'Workers': case 'Caucus': case 'Movement': case 'Front':
        return 'GROUP';
      default:
    }
  }
  return 'OTHER';
}

export function kindFromDescriptor(descriptor: string): InstitutionKind {
  if (/advocacy|campaign|pressure|think tank|ngo|charity|watchdog/.test(descriptor)) return 'NGO';
  if (/company|firm|carmaker|automaker|airline|bank|insurer|retailer|producer|operator|conglomerate|giant|start-?up|consortium|site|platform|provider|rival|chain|maker|manufacturer|supplier|developer|publisher|app|lender/.test(descriptor)) return 'COMPANY';
  if (/party/.test(descriptor)) return 'PARTY';
  if (/coalition|alliance/.test(descriptor)) return 'ALLIANCE';
  if (/regulator|agency/.test(descriptor)) return 'AGENCY';
  if (/broadcaster/.test(descriptor)) return 'MEDIA';
  return 'GROUP';
}
