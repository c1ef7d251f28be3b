UNWIND $ids AS id
MATCH (:Position {id: id})-[:AT_EVENT]->(e:Event)
RETURN id, collect(e {.*, __typename: 'Event'}) AS items
