// The token of the graph's last committed write (null before the first one).
OPTIONAL MATCH (v:_GraphVersion {id: 'graph'})
RETURN v.token AS token
