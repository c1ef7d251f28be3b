// Each stakeholder's or term's positions (undated first, then by date and id), each with the node at
// its far end (a stakeholder's positions carry their term, a term's carry their holder), and the node
// itself: one round trip answers "this node and its positions, with both ends". Resolvers filter by
// stance, status and date; other node types have no row.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n:Stakeholder OR n:Term
RETURN id,
       n {.*, __typename: head([l IN labels(n) WHERE l IN $kinds])} AS node,
       COLLECT {
         CALL (n) {
           MATCH (n)-[:HOLDS]->(p:Position)-[:ON_TERM]->(t:Term)
           RETURN p, p {.*, __typename: 'Position', term: t {.*, __typename: 'Term'}} AS position
           UNION ALL
           MATCH (n)<-[:ON_TERM]-(p:Position)<-[:HOLDS]-(h:Stakeholder)
           RETURN p, p {.*, __typename: 'Position', holder: h {.*, __typename: head([l IN labels(h) WHERE l IN $kinds])}} AS position
         }
         WITH p, position ORDER BY coalesce(p.dateFrom, ''), p.id
         RETURN position
       } AS items
