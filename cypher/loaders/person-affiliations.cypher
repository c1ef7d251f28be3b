UNWIND $ids AS id
MATCH (p:Person {id: id})-[a:AFFILIATED_WITH]->(i:Institution)
WITH id, p, a, i ORDER BY a.from, i.name
RETURN id, collect({role: a.role, from: a.from, until: a.until, person: p {.*, __typename: 'Person'}, institution: i {.*, __typename: 'Institution'}}) AS items
