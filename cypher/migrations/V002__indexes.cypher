// Stakeholder lookups by id (holder filters), and the position filters analysts use most.
CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE;
CREATE INDEX position_stance IF NOT EXISTS FOR (p:Position) ON (p.stance);
CREATE INDEX position_date IF NOT EXISTS FOR (p:Position) ON (p.date);
CREATE INDEX position_status IF NOT EXISTS FOR (p:Position) ON (p.status);
CREATE INDEX source_url IF NOT EXISTS FOR (s:Source) ON (s.url);
CREATE INDEX stakeholder_name IF NOT EXISTS FOR (s:Stakeholder) ON (s.name);
CREATE INDEX term_label IF NOT EXISTS FOR (t:Term) ON (t.label);
