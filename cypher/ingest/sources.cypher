UNWIND $rows AS row
MERGE (s:Entity {id: row.id})
SET s = row.props, s:Source
