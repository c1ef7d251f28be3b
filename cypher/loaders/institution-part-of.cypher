UNWIND $ids AS id
MATCH (:Institution {id: id})-[:PART_OF]->(o:Institution)
WITH id, o ORDER BY o.name
RETURN id, collect(o {.*, __typename: 'Institution'}) AS items
