UNWIND $ids AS id
MATCH (d:Document {id: id})-[c:CITES]->(s:Source)
WITH id, c, d, s ORDER BY c.number
RETURN id, collect({number: c.number, document: d {.*, __typename: 'Document'}, source: s {.*, __typename: 'Source'}}) AS items
