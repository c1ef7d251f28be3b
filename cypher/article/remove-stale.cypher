// Removes what stale-claims.cypher found, in the same transaction as the article's writes. The guards
// repeat its conditions: a reviewed position, or a node an editor touched, is never removed.
CALL () {
  UNWIND $positions AS id
  MATCH (p:Position {id: id})
  WHERE p.status = 'EXTRACTED' AND p.extractor IS NOT NULL AND NOT EXISTS { (:Revision)-[:REVISION_OF]->(p) }
  // Its term's stance counts change with it.
  CALL (p) { MATCH (p)-[:ON_TERM]->(t:Term) SET t.statsStale = true }
  DETACH DELETE p
}
CALL () {
  UNWIND $entities AS id
  MATCH (n:Entity {id: id})
  WHERE n.origin = 'EXTRACTED' AND NOT EXISTS { (:Revision)-[:REVISION_OF]->(n) }
  DETACH DELETE n
}
