UNWIND $ids AS id
MATCH (h:Stakeholder)-[:HOLDS]->(:Position {id: id})
RETURN id, collect(h {.*, __typename: head([l IN labels(h) WHERE l IN ['Person', 'Institution']])}) AS items
