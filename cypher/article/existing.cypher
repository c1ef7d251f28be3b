// What the graph already holds for an article: its Document (same URL, or same title and date),
// Sources with the same URLs, and which of the ids the extraction would write exist already.
CALL () {
  OPTIONAL MATCH (d:Document)
  WHERE ($url IS NOT NULL AND d.url = $url)
     OR (toLower(trim(d.title)) = toLower(trim($title)) AND ($date IS NULL OR d.publishedAt IS NULL OR d.publishedAt = $date))
  RETURN d.id AS documentId ORDER BY (d.url = $url) DESC, d.id LIMIT 1
}
CALL () {
  UNWIND $urls AS url
  OPTIONAL MATCH (s:Source {url: url})
  WITH url, min(s.id) AS id
  RETURN collect({url: url, id: id}) AS sourcesByUrl
}
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect({id: id, url: n.url}) AS existing
}
RETURN documentId, sourcesByUrl, existing
