import { NODE_KINDS, type NodeKind } from '../../model/vocabulary.js';
import { PackedStringMap, grown } from './packed-string-map.js';

/** Where an id was first defined in a run. */
export interface Definition {
  kind: NodeKind;
  file: string;
  /** The record's index in its section (the section follows from the kind). */
  index: number;
}

export type Defined = { status: 'new' } | { status: 'duplicate'; previous: Definition };

const FILE_SLOTS = 2 ** 20;
const KIND_SLOTS = 16;

/**
 * Every id a run defines, in memory that stays small at a million positions (a Map of objects
 * held ~300 MB there), all of it outside V8's heap. Entities keep their id (records refer to them
 * by it) with the definition packed into one number. Positions, which nothing refers to, keep only
 * a 52-bit hash, and so do entities: once every file is read, the hashes are sorted, and a hash
 * seen twice names ids to compare as strings in a second pass, since two ids may share a hash.
 */
export class IdRegistry {
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly entities = new PackedStringMap();
  private readonly positionHashes = new HashList();
  private readonly entityHashes = new HashList();

  define(id: string, kind: NodeKind, file: string, index: number): Defined {
    const previous = this.entity(id);
    if (previous) return { status: 'duplicate', previous };
    if (kind === 'Position') {
      this.positionHashes.push(hash52(id));
      return { status: 'new' };
    }
    this.entities.set(id, (index * FILE_SLOTS + this.fileNumber(file)) * KIND_SLOTS + NODE_KINDS.indexOf(kind));
    this.entityHashes.push(hash52(id));
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

  /**
   * Hashes (see `hash52`) that two position ids share, or a position id and an entity id: the ids
   * with these hashes may repeat, and only comparing them says. Ask once every id is defined.
   */
  suspectHashes(): Set<number> {
    const positions = this.positionHashes.sorted();
    const entities = this.entityHashes.sorted();
    const suspects = new Set<number>();
    for (let i = 1; i < positions.length; i++) if (positions[i] === positions[i - 1]) suspects.add(positions[i]!);
    for (let i = 0, j = 0; i < positions.length && j < entities.length; ) {
      if (positions[i]! < entities[j]!) i++;
      else if (positions[i]! > entities[j]!) j++;
      else suspects.add(positions[i++]!);
    }
    return suspects;
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

/** Numbers appended to one Float64Array (8 bytes each, half as much as a hash table's slots), sorted when asked. */
class HashList {
  private items = new Float64Array(1 << 12);
  private length = 0;

  push(h: number): void {
    if (this.length === this.items.length) this.items = grown(this.items, this.length + 1);
    this.items[this.length++] = h;
  }

  /** The numbers pushed so far, in ascending order (sorted in place). */
  sorted(): Float64Array {
    return this.items.subarray(0, this.length).sort();
  }
}
