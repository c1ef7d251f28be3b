MATCH (p:Position)
