UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row.props, e:Event
WITH e, row
CALL (e) { MATCH (e)-[r:REPORTED_IN|CITES]->() DELETE r }
CALL (e) { MATCH (e)<-[r:PARTICIPATED_IN]-() DELETE r }
CALL (e, row) {
  UNWIND row.participants AS participant
  MERGE (p:Entity {id: participant})
  MERGE (p)-[:PARTICIPATED_IN]->(e)
}
CALL (e, row) {
  WITH e, row WHERE row.document IS NOT NULL
  MERGE (d:Entity {id: row.document})
  MERGE (e)-[:REPORTED_IN]->(d)
}
CALL (e, row) {
  UNWIND row.sources AS source
  MERGE (s:Entity {id: source})
  MERGE (e)-[:CITES]->(s)
}
