UNWIND $ids AS id
MATCH (d:Document)-[c:CITES]->(s:Source {id: id})
WITH id, c, d, s ORDER BY d.id
RETURN id, collect({number: c.number, document: d {.*, __typename: 'Document'}, source: s {.*, __typename: 'Source'}}) AS items
