UNWIND $ids AS id
MATCH (:Proposal {id: id})-[:REVISES]->(previous:Proposal)
RETURN id, collect(previous {.*, __typename: 'Proposal'}) AS items
