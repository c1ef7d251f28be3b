// Positions the graph does not hold yet (the content-hash lookup found no node with their id):
// plain CREATEs, without the MERGE checks and relationship clean-up of positions.cypher. What they
// point to was validated and written first; the caller compares the nodes and relationships
// created with what the rows ask for, and refuses the batch if anything found nothing to attach to.
UNWIND $rows AS row
MATCH (holder:Entity {id: row.holder})
MATCH (term:Entity {id: row.term})
CREATE (holder)-[:HOLDS]->(p:Entity:Position)-[:ON_TERM]->(term)
SET p = row.props
WITH p, row
CALL (p, row) {
  UNWIND row.sources AS source
  MATCH (s:Entity {id: source})
  CREATE (p)-[:CITES]->(s)
}
CALL (p, row) {
  WITH p, row WHERE row.document IS NOT NULL
  MATCH (d:Entity {id: row.document})
  CREATE (p)-[:REPORTED_IN]->(d)
}
CALL (p, row) {
  WITH p, row WHERE row.event IS NOT NULL
  MATCH (e:Entity {id: row.event})
  CREATE (p)-[:AT_EVENT]->(e)
}

// Stance counts of the terms these rows joined are out of date (cypher/terms/recount-stale.cypher).
WITH DISTINCT row.term AS termId
MATCH (t:Term {id: termId}) WHERE t.statsStale IS NULL
SET t.statsStale = true
