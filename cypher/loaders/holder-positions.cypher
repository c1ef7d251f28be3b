UNWIND $ids AS id
MATCH (:Stakeholder {id: id})-[:HOLDS]->(p:Position)
WITH id, p ORDER BY p.dateFrom, p.id
RETURN id, collect(p {.*, __typename: 'Position'}) AS items
