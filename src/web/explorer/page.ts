/**
 * The /explore HTML. Static markup only: no inline script or style (the CSP forbids both); the
 * bundle fills the panels in. The links and labels here are what works before the script runs.
 */
export function explorerPage(assetsPath = '/explore/assets'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stancegraph explorer</title>
<link rel="icon" href="${assetsPath}/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${assetsPath}/explorer.css">
<script src="${assetsPath}/explorer.js" defer></script>
</head>
<body data-worker="${assetsPath}/layout-worker.js">
<header class="top">
  <h1>Stancegraph <span>explorer</span></h1>
  <div class="search" role="search">
    <label for="search-input">Search</label>
    <input id="search-input" type="search" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-results" autocomplete="off" spellcheck="false" placeholder="A person, institution, term… (aliases work)">
    <ul id="search-results" role="listbox" aria-label="Search results" hidden></ul>
  </div>
  <details id="api-key" class="api-key">
    <summary>API key</summary>
    <form id="api-key-form">
      <label for="api-key-input">Key for servers that require one to read (kept for this tab only)</label>
      <input id="api-key-input" type="password" autocomplete="off" spellcheck="false">
      <button type="submit">Use key</button>
      <button type="button" id="api-key-forget">Forget</button>
    </form>
  </details>
  <nav aria-label="Other tools"><a href="/graphql">GraphQL playground</a></nav>
</header>
<aside id="controls" aria-label="Legend, filters, path and export">
  <section aria-labelledby="filters-title"><h2 id="filters-title">Legend and filters</h2><div id="filters"></div></section>
  <section aria-labelledby="path-title"><h2 id="path-title">Shortest path</h2><div id="path"></div></section>
  <section aria-labelledby="view-title">
    <h2 id="view-title">View</h2>
    <div class="actions">
      <button type="button" id="layout-toggle" aria-pressed="false">Run layout</button>
      <button type="button" id="fit-view">Fit to screen</button>
      <button type="button" id="clear-view">Clear</button>
    </div>
  </section>
  <section aria-labelledby="export-title">
    <h2 id="export-title">Export the view</h2>
    <div class="actions">
      <button type="button" id="export-png">PNG</button>
      <button type="button" id="export-graphml">GraphML</button>
      <button type="button" id="export-json">JSON</button>
    </div>
  </section>
</aside>
<main>
  <div id="graph" role="region" aria-label="Graph: click a node to expand it, double-click to collapse it, click an edge for its evidence" data-ready="false"></div>
  <p id="status" role="status" aria-live="polite"></p>
  <noscript><p>The explorer needs JavaScript. The same data is available from the <a href="/graphql">GraphQL API</a>.</p></noscript>
</main>
<aside id="details" aria-label="Details" aria-live="polite"></aside>
</body>
</html>
`;
}
