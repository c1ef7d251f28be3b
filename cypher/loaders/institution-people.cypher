UNWIND $ids AS id
MATCH (p:Person)-[a:AFFILIATED_WITH]->(i:Institution {id: id})
WITH id, p, a, i ORDER BY p.name
RETURN id, collect({role: a.role, from: a.from, until: a.until, person: p {.*, __typename: 'Person'}, institution: i {.*, __typename: 'Institution'}}) AS items
