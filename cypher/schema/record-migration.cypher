MERGE (m:_Migration {version: $version})
ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()
