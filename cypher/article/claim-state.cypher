// A position as a reviewer sees it: its properties and what it points to.
MATCH (p:Position {id: $id})
RETURN properties(p) AS props,
       [(h:Stakeholder)-[:HOLDS]->(p) | h.id][0] AS holder,
       [(p)-[:ON_TERM]->(t:Term) | t.id][0] AS term,
       [(p)-[:CITES]->(s:Source) | s.id] AS sources,
       [(p)-[:REPORTED_IN]->(d:Document) | d.id][0] AS document
