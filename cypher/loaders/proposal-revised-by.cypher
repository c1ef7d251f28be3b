UNWIND $ids AS id
MATCH (:Proposal {id: id})<-[:REVISES]-(next:Proposal)
WITH id, next ORDER BY next.version, next.id
RETURN id, collect(next {.*, __typename: 'Proposal'}) AS items
