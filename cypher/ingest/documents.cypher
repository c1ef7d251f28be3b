UNWIND $rows AS row
MERGE (d:Entity {id: row.id})
SET d = row.props, d:Document
WITH d, row
CALL (d) { MATCH (d)-[r:CITES]->() DELETE r }
CALL (d, row) {
  UNWIND row.citations AS c
  MERGE (s:Entity {id: c.source})
  CREATE (d)-[:CITES {number: c.number}]->(s)
}
