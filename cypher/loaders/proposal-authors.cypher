UNWIND $ids AS id
MATCH (h:Stakeholder)-[:AUTHORED]->(:Proposal {id: id})
WITH id, h ORDER BY h.name
RETURN id, collect(h {.*, __typename: head([l IN labels(h) WHERE l IN ['Person', 'Institution']])}) AS items
