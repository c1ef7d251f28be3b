import { NODE_KINDS, type NodeKind } from '../../model/vocabulary.js';

/** Where an id was first defined in a run. */
export interface Definition {
  kind: NodeKind;
  file: string;
  /** The record's index in its section (the section follows from the kind). */
  index: number;
}

export type Defined = { status: 'new' } | { status: 'duplicate'; previous: Definition } | { status: 'suspect' };

const FILE_SLOTS = 2 ** 20;
const KIND_SLOTS = 16;

/**
 * Every id a run defines, in memory that stays small at a million positions (a Map of objects
 * held ~300 MB there). Entities keep their id (records refer to them by it) with the definition
 * packed into one number. Positions, which nothing refers to, keep only a 52-bit hash: a repeat
 * is a *suspect* until a second pass over the files compares the ids themselves, since two ids
 * may share a hash.
 */
export class IdRegistry {
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly entities = new Map<string, number>();
  private readonly positions = new HashSet52();

  define(id: string, kind: NodeKind, file: string, index: number): Defined {
    if (kind === 'Position') {
      if (this.entities.has(id)) return { status: 'duplicate', previous: this.entity(id)! };
      return this.positions.add(hash52(id)) ? { status: 'new' } : { status: 'suspect' };
    }
    const previous = this.entity(id);
    if (previous) return { status: 'duplicate', previous };
    if (this.positions.has(hash52(id))) return { status: 'suspect' };
    this.entities.set(id, (index * FILE_SLOTS + this.fileNumber(file)) * KIND_SLOTS + NODE_KINDS.indexOf(kind));
    return { status: 'new' };
  }

  /** The definition of an entity (not a position) this run defines. */
  entity(id: string): Definition | undefined {
    const packed = this.entities.get(id);
    if (packed === undefined) return undefined;
    const kind = NODE_KINDS[packed % KIND_SLOTS]!;
    const rest = Math.floor(packed / KIND_SLOTS);
    return { kind, file: this.files[rest % FILE_SLOTS]!, index: Math.floor(rest / FILE_SLOTS) };
  }

  private fileNumber(file: string): number {
    let n = this.fileIndex.get(file);
    if (n === undefined) {
      n = this.files.push(file) - 1;
      if (n >= FILE_SLOTS) throw new Error(`more than ${FILE_SLOTS} files in one run`);
      this.fileIndex.set(file, n);
    }
    return n;
  }
}

/** Two 32-bit FNV-1a hashes with different seeds, folded into 52 bits (exact in a double), never 0. */
export function hash52(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 2 ** 20 + ((b >>> 12) & 0xfffff) + 1;
}

/** An open-addressing set of non-zero 52-bit numbers in one Float64Array: 8-16 bytes per entry. */
class HashSet52 {
  private table = new Float64Array(1 << 16);
  private size = 0;

  has(h: number): boolean {
    return this.table[this.slot(h)] === h;
  }

  /** Adds `h`; false when it was already there. */
  add(h: number): boolean {
    const i = this.slot(h);
    if (this.table[i] === h) return false;
    this.table[i] = h;
    if (++this.size * 2 > this.table.length) this.grow();
    return true;
  }

  private slot(h: number): number {
    const mask = this.table.length - 1;
    let i = h & mask;
    while (this.table[i] !== 0 && this.table[i] !== h) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    for (const h of old) if (h !== 0) this.table[this.slot(h)] = h;
  }
}
