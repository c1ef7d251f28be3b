MATCH (m:_Migration)
RETURN m.version AS version, m.name AS name, m.checksum AS checksum
ORDER BY m.version
