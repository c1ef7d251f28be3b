// For each extracted position: its stored status and hash (null when new), and whether a curated or
// retracted position already states the same holder, stance and term for the same document.
UNWIND $rows AS row
OPTIONAL MATCH (p:Position {id: row.id})
OPTIONAL MATCH (:Entity {id: row.holder})-[:HOLDS]->(c:Position {stance: row.props.stance})-[:ON_TERM]->(:Entity {id: row.term})
  WHERE c.status IN ['CURATED', 'RETRACTED'] AND c.id <> row.id AND (c)-[:REPORTED_IN]->(:Entity {id: row.document})
RETURN row.id AS id, p.status AS status, p.contentHash AS contentHash, count(c) > 0 AS covered
