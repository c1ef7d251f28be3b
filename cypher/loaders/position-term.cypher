UNWIND $ids AS id
MATCH (:Position {id: id})-[:ON_TERM]->(t:Term)
RETURN id, collect(t {.*, __typename: 'Term'}) AS items
