UNWIND $ids AS id
MATCH (:Proposal {id: id})-[:INCLUDES]->(t:Term)
WITH id, t ORDER BY t.label
RETURN id, collect(t {.*, __typename: 'Term'}) AS items
