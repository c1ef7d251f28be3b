/**
 * The /explore page: wires the DOM the server sent (src/web/explorer/page.ts) to the controller.
 * Bundled by esbuild into explorer.js; everything it loads comes from this server.
 */
import { setUpApiKeyForm } from './api-key-form.js';
import { Controller } from './controller.js';
import { byId } from './dom.js';
import { download, graphMLBlob, jsonBlob, pngBlob, visibleView } from './export.js';
import { FilterPanel } from './filter-panel.js';
import { bindGraphEvents } from './interactions.js';
import { SidePanel } from './panel.js';
import { PathPanel } from './path-panel.js';
import { setUpSearch } from './search.js';
import { installTestHook } from './test-hook.js';
import './explorer.css';

function start(): void {
  const statusLine = byId('status');
  const status = (message: string, isError = false) => {
    statusLine.textContent = message;
    statusLine.classList.toggle('error', isError);
  };
  const container = byId('graph');
  const keyForm = setUpApiKeyForm(status, () => {
    // With a key, retry what the page was opened for.
    const id = new URLSearchParams(location.search).get('id');
    if (id && !controller.store.graph.hasNode(id)) void controller.open(id);
  });
  const controller = new Controller({ container, workerUrl: document.body.dataset.worker ?? '/explore/assets/layout-worker.js', status, onAuthRequired: () => keyForm.ask() });

  controller.filters = new FilterPanel(byId('filters'), () => controller.refresh());
  controller.pathPanel = new PathPanel(byId('path'), (from, to) => void controller.findPath(from.id, to.id), () => controller.clearPath());
  controller.panel = new SidePanel(byId('details'), {
    open: (id) => void controller.open(id),
    isExpanded: (id) => controller.store.expanded.has(id),
    toggleExpanded: (id) => void controller.toggleExpanded(id),
    pathFrom: (id, label) => controller.pathPanel.setFrom({ id, label }),
    pathTo: (id, label) => controller.pathPanel.setTo({ id, label }),
  });
  controller.panel.clear();
  controller.refresh();
  bindGraphEvents(controller);
  setUpSearch(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-results'), (id) => void controller.open(id), (m) => status(`Search failed: ${m}`, true));

  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  layoutButton.addEventListener('click', () => (controller.layout.running ? controller.layout.stop() : controller.layout.restart()));
  controller.layout.onChange = (running) => {
    layoutButton.textContent = running ? 'Pause layout' : 'Run layout';
    layoutButton.setAttribute('aria-pressed', String(running));
    container.setAttribute('data-layout', running ? 'running' : 'stopped');
  };
  byId('fit-view').addEventListener('click', () => void controller.renderer.getCamera().reset({ duration: 300 }));
  byId('clear-view').addEventListener('click', () => {
    controller.clear();
    history.replaceState(null, '', location.pathname);
  });

  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  byId('export-png').addEventListener('click', () => void pngBlob(controller.renderer).then((blob) => download(blob, `stancegraph-${stamp()}.png`)));
  byId('export-graphml').addEventListener('click', () => download(graphMLBlob(visibleView(controller.store.graph, controller.visibility)), `stancegraph-${stamp()}.graphml`));
  byId('export-json').addEventListener('click', () => download(jsonBlob(visibleView(controller.store.graph, controller.visibility)), `stancegraph-${stamp()}.json`));

  installTestHook(controller);
  container.setAttribute('data-ready', 'true');

  // Deep link: /explore?id=term:permanent-nato-bar opens that node.
  const id = new URLSearchParams(location.search).get('id');
  if (id) void controller.open(id);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
