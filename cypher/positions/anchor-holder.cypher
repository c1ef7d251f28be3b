MATCH (:Stakeholder {id: $holderId})-[:HOLDS]->(p:Position)
