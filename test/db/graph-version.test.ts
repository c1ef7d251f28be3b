import { describe, expect, it } from 'vitest';
import { GraphVersion } from '../../src/db/graph-version.js';
import { useCleanGraph } from '../helpers/db.js';

describe('GraphVersion', () => {
  const db = useCleanGraph();
  const touch = () => db().write((tx) => tx.run("MERGE (t:Entity:Term {id: 'term:graph-version-test'}) SET t.touched = timestamp()"));

  it("sees this process's writes at once, whatever its window, until it is closed", async () => {
    const version = new GraphVersion(db(), 60_000);
    const before = await version.current();
    await touch();
    const after = await version.current();
    expect(after).not.toBe(before);

    // Closed, it no longer follows the Database (which other servers may still use): within its
    // window it keeps the token it read, so the write below goes unseen.
    version.close();
    await touch();
    expect(await version.current()).toBe(after);
    expect(await new GraphVersion(db(), 0).current()).not.toBe(after);
  });
});
