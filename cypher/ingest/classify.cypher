// The stored content hash of each id (null when new), so unchanged rows are skipped.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.contentHash AS contentHash
