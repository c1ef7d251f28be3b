import { contentStems } from '../text/normalise.js';
import type { Stance } from '../../../model/vocabulary.js';
import type { Entity } from '../stakeholders/registry.js';

/**
 * What the article has said so far, for references back: plans and their authors ("the strategy",
 * "it"), the previous sentence's terms ("this change"), the latest demands ("the demand"), each
 * holder's latest claims ("the Saudi position"), and the last person and subject (pronouns).
 */
export interface TermRef {
  id: string;
  label: string;
}

export interface Claim {
  holders: Entity[];
  term: TermRef;
  stance: Stance;
  sentence: number;
}

export interface DocInfo {
  heads: Set<string>;
  label: string;
  authors: Entity[];
  terms: TermRef[];
}

export interface Subject {
  entities: Entity[];
  doc?: DocInfo;
}

const GENERIC_DOC_HEADS = new Set(['document', 'text', 'strategy', 'it', 'plan', 'proposal', 'draft']);
const MAX_CLAIMS = 200;
const MAX_DOCS = 50;

export class Discourse {
  readonly docs: DocInfo[] = [];
  constructor(readonly acronyms = new Set<string>()) {}

  /** Capitalised words met inside a sentence, not at its start: names, whatever they end in ("Auralis"). */
  readonly properWords = new Set<string>();

  /** Definite noun phrase expansion: head stem → the fuller phrase first seen with an indefinite article. */
  readonly phrases = new Map<string, string>();
  /** The latest such phrase, for "the measure", "the move" with no claim before them. */
  lastPhrase?: string;
  previousTerms: TermRef[] = [];
  sentenceTerms: TermRef[] = [];
  /** The terms of the last cue in this sentence that stated any ("called for X — a demand the Commission refused"). */
  lastTerms: TermRef[] = [];
  /** The object of a cue in this sentence whose holder is unknown ("not every member is committed to the outcome-based model"). */
  unheld?: string;
  /** That object of the sentence before, when that sentence made no claim: what a following "it" may mean. */
  previousUnheld?: string;
  /** Latest PROPOSED claims, oldest first. */
  private readonly demands: Claim[] = [];
  /** Each holder's claims in the latest sentence where it had any. */
  private readonly byHolder = new Map<Entity, Claim[]>();
  lastPerson?: Entity;
  /** The last sentences' subjects, newest first, computed only when a pronoun asks. */
  private subjects: (() => Subject)[] = [];
  sentence = 0;

  /** The subject of the latest sentence that had one. */
  /** The subject of the sentence just before this one, if it named one. */
  get previousSubject(): Subject | undefined {
    return this.subjects[0]?.();
  }

  get lastSubject(): Subject | undefined {
    for (const s of this.subjects) {
      const subject = s();
      if (subject.entities.length || subject.doc) return subject;
    }
    return undefined;
  }

  doc(head: string): DocInfo | undefined {
    const exact = this.docs.find((d) => d.heads.has(head));
    if (exact) return exact;
    return GENERIC_DOC_HEADS.has(head) ? this.docs[0] : undefined;
  }

  addDoc(head: string, label: string, authors: Entity[]): DocInfo {
    const existing = this.docs.find((d) => d.heads.has(head) && (authors.length === 0 || sameEntities(d.authors, authors)));
    if (existing) {
      this.docs.splice(this.docs.indexOf(existing), 1);
      this.docs.unshift(existing);
      if (!existing.authors.length) existing.authors = authors;
      return existing;
    }
    const doc: DocInfo = { heads: new Set([head]), label, authors, terms: [] };
    this.docs.unshift(doc);
    if (this.docs.length > MAX_DOCS) this.docs.length = MAX_DOCS;
    return doc;
  }

  note(claim: Omit<Claim, 'sentence'>): void {
    // Spelled out rather than spread: this runs for every claim.
    const c: Claim = { holders: claim.holders, term: claim.term, stance: claim.stance, sentence: this.sentence };
    if (c.stance === 'PROPOSED') {
      this.demands.push(c);
      if (this.demands.length > 2 * MAX_CLAIMS) this.demands.splice(0, this.demands.length - MAX_CLAIMS);
    }
    for (const h of c.holders) {
      const list = this.byHolder.get(h);
      if (list && list[0]!.sentence === c.sentence) list.push(c);
      else this.byHolder.set(h, [c]);
    }
    let known = false;
    for (const t of this.sentenceTerms) if (t.id === claim.term.id) known = true;
    if (!known) this.sentenceTerms.push(claim.term);
  }

  /** The latest demand by someone other than `holders` ("France rejected the demand"). */
  lastDemand(holders: readonly Entity[]): TermRef[] {
    for (let i = this.demands.length - 1; i >= 0; i--) {
      const c = this.demands[i]!;
      if (!c.holders.some((h) => holders.includes(h))) {
        return this.demands.filter((x) => x.sentence === c.sentence && x.holders.some((h) => c.holders.includes(h))).map((x) => x.term);
      }
    }
    return [];
  }

  /** The latest demand whose label holds every one of these stems ("the contribution cut" in "cut employers' contribution …"). */
  demandContaining(stems: readonly string[]): TermRef | undefined {
    if (!stems.length) return undefined;
    for (let i = this.demands.length - 1; i >= 0; i--) {
      const label = contentStems(this.demands[i]!.term.label);
      if (stems.every((x) => label.includes(x))) return this.demands[i]!.term;
    }
    return undefined;
  }

  /** The latest proposed term of two or more words whose last word is this one-word phrase's ("decision" → "draft adequacy decision"). */
  demandWithHead(phrase: string): TermRef | undefined {
    const head = phrase.toLowerCase();
    if (head.includes(' ')) return undefined;
    for (let i = this.demands.length - 1; i >= 0; i--) {
      const label = this.demands[i]!.term.label.toLowerCase();
      if (label.endsWith(` ${head}`)) return this.demands[i]!.term;
    }
    return undefined;
  }

  /** A holder's claims in the latest sentence where it had any ("backed the Commission's stance"). */
  latestClaimsOf(entity: Entity): Claim[] {
    return this.byHolder.get(entity) ?? [];
  }

  endSentence(subject: () => Subject, person: Entity | undefined): void {
    this.previousUnheld = this.sentenceTerms.length ? undefined : this.unheld;
    this.unheld = undefined;
    if (this.sentenceTerms.length) this.previousTerms = this.sentenceTerms;
    this.sentenceTerms = [];
    this.lastTerms = [];
    this.subjects.unshift(subject);
    if (this.subjects.length > 8) this.subjects.length = 8;
    if (person) this.lastPerson = person;
    this.sentence++;
  }
}

const sameEntities = (a: readonly Entity[], b: readonly Entity[]) => a.length === b.length && a.every((e) => b.includes(e));
