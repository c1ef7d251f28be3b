import { describe, expect, it } from 'vitest';
import { PackedStringMap } from '../../../src/ingest/dataset/packed-string-map.js';

describe('PackedStringMap', () => {
  it('answers like a Map through many growths of every array', () => {
    const packed = new PackedStringMap();
    const model = new Map<string, number>();
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 60_000; i++) {
      // Ids of varied length, some repeated (an overwrite), values beyond 32 bits as the registry packs them.
      const key = `src:${Math.floor(rand() * 40_000).toString(36)}${'x'.repeat(Math.floor(rand() * 30))}`;
      const value = Math.floor(rand() * 2 ** 40);
      packed.set(key, value);
      model.set(key, value);
    }
    expect(packed.size).toBe(model.size);
    for (const [key, value] of model) expect(packed.get(key)).toBe(value);
    expect(packed.get('src:not-there')).toBeUndefined();
  });

  it('tells apart keys that share a prefix, differ in one character or are empty', () => {
    const packed = new PackedStringMap();
    for (const [i, key] of ['a', 'ab', 'abc', 'b', '', 'ba'].entries()) packed.set(key, i);
    expect(['a', 'ab', 'abc', 'b', '', 'ba', 'abcd', 'c'].map((k) => packed.get(k))).toEqual([0, 1, 2, 3, 4, 5, undefined, undefined]);
    expect(packed.has('')).toBe(true);
  });

  it('tells apart two keys of one length whose hashes are equal', () => {
    // Found by search: both hash to 2083771010 under 32-bit FNV-1a.
    const packed = new PackedStringMap();
    packed.set('t:12pf8', 1);
    expect(packed.get('t:1jrj6')).toBeUndefined();
    packed.set('t:1jrj6', 2);
    expect([packed.get('t:12pf8'), packed.get('t:1jrj6'), packed.size]).toEqual([1, 2, 2]);
  });

  it('keeps keys beyond Latin-1 exactly, surrogate pairs included', () => {
    const packed = new PackedStringMap();
    const keys = ['inst:zürich', 'person:łukasz', 'term:核', 'src:🛰️-feed', 'src:🛰️-fee', 'term:\u0000nul'];
    keys.forEach((k, i) => packed.set(k, i));
    expect(keys.map((k) => packed.get(k))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(packed.get('inst:zurich')).toBeUndefined();
  });
});
