// Sources and documents are created, never changed, by extraction: a curated one keeps its fields.
UNWIND $rows AS row
MERGE (s:Entity {id: row.id})
ON CREATE SET s = row.props, s:Source
