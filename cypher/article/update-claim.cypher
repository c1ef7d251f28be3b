// Applies a review: new properties, and the holder and term when they changed.
MATCH (p:Position {id: $id})
SET p += $props
WITH p
CALL (p) {
  WITH p WHERE $holder IS NOT NULL
  OPTIONAL MATCH (p)<-[r:HOLDS]-()
  DELETE r
  WITH DISTINCT p
  MATCH (h:Stakeholder {id: $holder})
  MERGE (h)-[:HOLDS]->(p)
}
CALL (p) {
  WITH p WHERE $term IS NOT NULL
  OPTIONAL MATCH (p)-[r:ON_TERM]->()
  DELETE r
  WITH DISTINCT p
  MATCH (t:Term {id: $term})
  MERGE (p)-[:ON_TERM]->(t)
}
RETURN p.id AS id
