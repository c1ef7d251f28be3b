// The article as a Document with its numbered references. An existing document keeps its fields;
// a reference number it does not cite yet is added, one it cites already is left as it is.
UNWIND $rows AS row
MERGE (d:Entity {id: row.id})
ON CREATE SET d = row.props, d:Document
WITH d, row
CALL (d, row) {
  UNWIND row.citations AS c
  WITH d, c WHERE NOT EXISTS { (d)-[:CITES {number: c.number}]->() }
  MATCH (s:Source {id: c.source})
  CREATE (d)-[:CITES {number: c.number}]->(s)
}
