// Runs last in every write transaction that changed something: a new random token (not a counter,
// so a graph wiped and refilled can never repeat an old version).
MERGE (v:_GraphVersion {id: 'graph'})
SET v.token = randomUUID(), v.at = datetime()
