UNWIND $rows AS row
MERGE (i:Entity {id: row.id})
SET i = row.props, i:Stakeholder:Institution
WITH i, row
CALL (i) { MATCH (i)-[r:MEMBER_OF|PART_OF]->() DELETE r }
CALL (i, row) {
  UNWIND row.memberOf AS target
  MERGE (t:Entity {id: target})
  MERGE (i)-[:MEMBER_OF]->(t)
}
CALL (i, row) {
  UNWIND row.partOf AS target
  MERGE (t:Entity {id: target})
  MERGE (i)-[:PART_OF]->(t)
}
