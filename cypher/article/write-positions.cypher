// Extracted positions. The guard repeats the classification: a position an editor confirmed,
// corrected (CURATED) or rejected (RETRACTED) is never touched by extraction.
UNWIND $rows AS row
MERGE (p:Entity {id: row.id})
WITH p, row WHERE p.status IS NULL OR p.status = 'EXTRACTED'
SET p = row.props, p:Position
WITH p, row
// The term a position leaves, and the one it joins, need their stance counts recomputed.
CALL (p) { MATCH (p)-[:ON_TERM]->(old:Term) WHERE old.statsStale IS NULL SET old.statsStale = true }
CALL (p) { MATCH (p)-[r:ON_TERM|CITES|REPORTED_IN]->() DELETE r }
CALL (p) { MATCH (p)<-[r:HOLDS]-() DELETE r }
CALL (p, row) {
  MATCH (holder:Stakeholder {id: row.holder})
  MERGE (holder)-[:HOLDS]->(p)
}
CALL (p, row) {
  MATCH (term:Term {id: row.term})
  MERGE (p)-[:ON_TERM]->(term)
  SET term.statsStale = true
}
CALL (p, row) {
  UNWIND row.sources AS source
  MATCH (s:Source {id: source})
  MERGE (p)-[:CITES]->(s)
}
CALL (p, row) {
  MATCH (d:Document {id: row.document})
  MERGE (p)-[:REPORTED_IN]->(d)
}
