// The stored content hash of each id (null when new), so unchanged rows are skipped, and whether an
// editor has changed the node through the API since (a Revision), so a dataset does not undo it.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.contentHash AS contentHash, n IS NOT NULL AND EXISTS { (:Revision)-[:REVISION_OF]->(n) } AS edited
