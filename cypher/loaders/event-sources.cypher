UNWIND $ids AS id
MATCH (:Event {id: id})-[:CITES]->(s:Source)
WITH id, s ORDER BY s.id
RETURN id, collect(s {.*, __typename: 'Source'}) AS items
