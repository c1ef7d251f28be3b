UNWIND $ids AS id
MATCH (:Term {id: id})<-[:INCLUDES]-(p:Proposal)
WITH id, p ORDER BY p.family, p.version, p.id
RETURN id, collect(p {.*, __typename: 'Proposal'}) AS items
