MATCH (n:Entity {id: $id})
RETURN properties(n) AS props, head([l IN labels(n) WHERE l IN $kinds]) AS kind,
       [(n)-[:MEMBER_OF]->(o) | o.id] AS memberOf,
       [(n)-[:PART_OF]->(o) | o.id] AS partOf,
       [(n)-[a:AFFILIATED_WITH]->(i) | {institution: i.id, role: a.role, from: a.from, until: a.until}] AS affiliations
