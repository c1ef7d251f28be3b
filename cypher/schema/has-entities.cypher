MATCH (n:Entity) RETURN count(n) > 0 AS hasEntities LIMIT 1
