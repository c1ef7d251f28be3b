// Audit trail: every edit made through the API is a Revision linked to what it changed.
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (r:Revision) REQUIRE r.id IS UNIQUE;
CREATE INDEX revision_at IF NOT EXISTS FOR (r:Revision) ON (r.at);
