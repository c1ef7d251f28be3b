// One bookkeeping node whose token changes with every committed write, so cached answers can
// tell whether the graph moved (src/db/graph-version.ts).
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:_GraphVersion) REQUIRE v.id IS UNIQUE;
