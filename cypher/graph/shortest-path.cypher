// The shortest path over the domain's relationship types, in either direction. The bound is fixed
// (variable-length bounds cannot be parameters); the resolver applies the caller's maxLength.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH path = shortestPath((a)-[:HOLDS|ON_TERM|CITES|REPORTED_IN|AT_EVENT|AFFILIATED_WITH|MEMBER_OF|PART_OF|PARTICIPATED_IN|AUTHORED|INCLUDES|REVISES*..12]-(b))
RETURN [n IN nodes(path) | n.id] AS nodeIds,
       [r IN relationships(path) | {
         source: startNode(r).id, target: endNode(r).id, type: type(r),
         stance: coalesce(startNode(r).stance, endNode(r).stance),
         date: coalesce(startNode(r).date, endNode(r).date)
       }] AS edges
