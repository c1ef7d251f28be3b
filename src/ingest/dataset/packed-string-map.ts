/**
 * An add-only map from strings to numbers, kept in typed arrays outside V8's heap. A `Map` of
 * 300 000 short ids to numbers takes about 110 bytes an entry (the string, a heap number, the
 * table's share), all of it for the garbage collector to trace, and V8 lets its heap grow to
 * several times what is live. Here an entry takes its characters (2 bytes each) and 24 bytes.
 * Keys are compared character by character, so lookups are exact.
 */
export class PackedStringMap {
  private chars = new Uint16Array(1 << 12);
  /** Key `e` is `chars[starts[e] .. starts[e + 1])`. */
  private starts = new Uint32Array(1 << 10);
  private hashes = new Uint32Array(1 << 10);
  private values = new Float64Array(1 << 10);
  /** Open addressing: an entry's number plus one, 0 for a free slot; never more than half full. */
  private slots = new Int32Array(1 << 11);
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(key: string): number | undefined {
    const e = this.slots[this.slotOf(key, hashOf(key))]! - 1;
    return e < 0 ? undefined : this.values[e];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: number): void {
    const hash = hashOf(key);
    const slot = this.slotOf(key, hash);
    const existing = this.slots[slot]! - 1;
    if (existing >= 0) {
      this.values[existing] = value;
      return;
    }
    const e = this.count++;
    if (e + 2 > this.starts.length) this.growEntries();
    const start = this.starts[e]!;
    if (start + key.length > this.chars.length) this.chars = grown(this.chars, start + key.length);
    for (let i = 0; i < key.length; i++) this.chars[start + i] = key.charCodeAt(i);
    this.starts[e + 1] = start + key.length;
    this.hashes[e] = hash;
    this.values[e] = value;
    this.slots[slot] = e + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  private slotOf(key: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const e = this.slots[i]! - 1;
      if (e < 0 || (this.hashes[e] === hash && this.keyIs(e, key))) return i;
    }
  }

  private keyIs(e: number, key: string): boolean {
    const start = this.starts[e]!;
    if (this.starts[e + 1]! - start !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.chars[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private growEntries(): void {
    this.starts = grown(this.starts, this.starts.length + 1);
    this.hashes = grown(this.hashes, this.hashes.length + 1);
    this.values = grown(this.values, this.values.length + 1);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      let i = this.hashes[e]! & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = e + 1;
    }
  }
}

export type Growable = Uint16Array | Uint32Array | Float64Array;

/** A copy of `array` with room for at least `needed` items: twice the size, or more. */
export function grown<T extends Growable>(array: T, needed: number): T {
  let size = array.length * 2;
  while (size < needed) size *= 2;
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
