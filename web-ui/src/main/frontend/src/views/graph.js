import { api } from '../api.js';
import { h, clear, errorState, announce } from '../dom.js';
import { entityId, labelOf, primaryType, typeLabel, colourOf, families, localName, asArray } from '../model.js';

/**
 * The neighbourhood of one entity as an interactive network. Clicking a node fetches its neighbours
 * and merges them in; double-clicking (or "Open") goes to its page. Returns a disposer.
 */
export function mountGraph(slot, rootId, rootLabel, rootType) {
  let cy = null;
  let depth = 1;
  let disposed = false;
  const expanded = new Set();
  let truncatedNote = false;

  const status = h('p', { class: 'graph-status', role: 'status', 'aria-live': 'polite' }, 'Loading the neighbourhood…');
  const canvas = h('div', {
    class: 'graph-canvas', role: 'img',
    'aria-label': `Network of the entities related to ${rootLabel}. The list below the network offers the same actions.`,
  });
  const selection = h('div', { class: 'graph-selection', hidden: true });
  const nodeList = h('ul', { class: 'graph-node-list' });
  const depthButtons = [1, 2].map((d) => h('button', {
    type: 'button', class: 'segment', 'aria-pressed': d === depth ? 'true' : 'false',
    onclick: () => { if (depth !== d) { depth = d; depthButtons.forEach((b, i) => b.setAttribute('aria-pressed', i + 1 === d ? 'true' : 'false')); reload(); } },
  }, d === 1 ? 'Direct' : '2 steps'));

  clear(slot);
  slot.appendChild(h('div', { class: 'card graph-card' },
    h('div', { class: 'graph-toolbar' },
      h('div', { class: 'segmented', role: 'group', 'aria-label': 'Depth' }, depthButtons),
      h('button', { type: 'button', class: 'button button-small', onclick: () => cy && cy.animate({ fit: { padding: 30 } }, { duration: 250 }) }, 'Fit'),
      h('button', { type: 'button', class: 'button button-small', onclick: () => reload() }, 'Reset')),
    canvas,
    selection,
    status,
    h('ul', { class: 'legend', 'aria-label': 'Colours' }, families.map((f) => h('li', {},
      h('span', { class: 'dot', style: `background:${f.colour}`, 'aria-hidden': 'true' }), f.name === 'Other' ? 'Other' : f.name))),
    h('details', { class: 'graph-nodes' }, h('summary', {}, 'Nodes as a list'), nodeList)));

  function nodeData(node) {
    const id = String(node.id || entityId(node));
    const type = primaryType(node);
    return { id, label: labelOf(node), type, colour: colourOf(type), root: id === rootId ? 'yes' : 'no' };
  }

  function edgeData(edge) {
    const source = String(edge.source ?? edge.from ?? '');
    const target = String(edge.target ?? edge.to ?? '');
    const property = edge.propertyLabel || edge.propertyName || localName(edge.property || edge.predicate || '');
    return { id: `${source}|${edge.property || property}|${target}`, source, target, label: property.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() };
  }

  function merge(body) {
    if (body.truncated) truncatedNote = true;
    const nodes = asArray(body.nodes).map(nodeData);
    const edges = asArray(body.edges).map(edgeData);
    const before = cy.nodes().length;
    cy.batch(() => {
      for (const data of nodes) if (cy.getElementById(data.id).empty()) cy.add({ group: 'nodes', data });
      for (const data of edges) {
        if (cy.getElementById(data.id).empty() && !cy.getElementById(data.source).empty() && !cy.getElementById(data.target).empty()) {
          cy.add({ group: 'edges', data });
        }
      }
    });
    return cy.nodes().length - before;
  }

  function describe() {
    const n = cy.nodes().length;
    const e = cy.edges().length;
    status.textContent = `${n} ${n === 1 ? 'node' : 'nodes'} · ${e} ${e === 1 ? 'edge' : 'edges'}`
      + (truncatedNote ? ' · the neighbourhood is larger than shown' : '');
    canvas.dataset.nodes = String(n);
    canvas.dataset.edges = String(e);
    clear(nodeList);
    cy.nodes().sort((a, b) => a.data('label').localeCompare(b.data('label'))).forEach((node) => {
      const data = node.data();
      nodeList.appendChild(h('li', {},
        h('span', { class: 'dot', style: `background:${data.colour}`, 'aria-hidden': 'true' }),
        h('a', { href: `#/entity/${encodeURIComponent(data.id)}` }, data.label),
        h('span', { class: 'muted' }, ` ${typeLabel(data.type)}`),
        expanded.has(data.id) ? null : h('button', { type: 'button', class: 'link-button', onclick: () => expand(data.id) }, `Expand ${data.label}`)));
    });
  }

  function layout(animate) {
    cy.layout({
      name: 'cose', animate, animationDuration: 400, randomize: false, fit: true, padding: 30,
      nodeRepulsion: () => 9000, idealEdgeLength: () => 90, nodeDimensionsIncludeLabels: true,
    }).run();
  }

  async function expand(id) {
    if (expanded.has(id)) return;
    const node = cy.getElementById(id);
    node.addClass('busy');
    status.textContent = `Expanding ${node.data('label') || id}…`;
    try {
      const added = merge(await api.neighbors(id, 1));
      expanded.add(id);
      node.addClass('expanded');
      layout(true);
      describe();
      announce(added ? `${added} nodes added` : 'No new neighbours');
    } catch (error) {
      status.textContent = `Could not expand: ${error.message}`;
    } finally {
      node.removeClass('busy');
    }
  }

  function select(node) {
    const data = node.data();
    clear(selection);
    selection.hidden = false;
    selection.appendChild(h('span', { class: 'dot', style: `background:${data.colour}`, 'aria-hidden': 'true' }));
    selection.appendChild(h('strong', {}, data.label));
    selection.appendChild(h('span', { class: 'muted' }, typeLabel(data.type)));
    selection.appendChild(h('a', { class: 'button button-small', href: `#/entity/${encodeURIComponent(data.id)}` }, 'Open'));
  }

  async function reload() {
    expanded.clear();
    truncatedNote = false;
    if (cy) cy.elements().remove();
    status.textContent = 'Loading the neighbourhood…';
    selection.hidden = true;
    try {
      const [{ default: cytoscape }, body] = await Promise.all([import('cytoscape'), api.neighbors(rootId, depth)]);
      if (disposed) return;
      if (!cy) cy = create(cytoscape);
      cy.add({ group: 'nodes', data: nodeData({ id: rootId, label: rootLabel, type: rootType }) });
      merge(body);
      expanded.add(rootId);
      cy.getElementById(rootId).addClass('expanded');
      layout(false);
      describe();
    } catch (error) {
      if (disposed) return;
      clear(canvas);
      canvas.appendChild(errorState(error, () => { clear(canvas); if (cy) { cy.destroy(); cy = null; } reload(); }));
      status.textContent = '';
    }
  }

  function create(cytoscape) {
    const instance = cytoscape({
      container: canvas,
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(colour)', label: 'data(label)', color: '#1e293b', 'font-size': 12, 'min-zoomed-font-size': 6,
          'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
          'text-valign': 'bottom', 'text-margin-y': 5, 'text-wrap': 'wrap', 'text-max-width': 140,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
          width: 22, height: 22, 'border-width': 2, 'border-color': '#ffffff',
        } },
        { selector: 'node[root = "yes"]', style: { width: 36, height: 36, 'border-width': 4, 'border-color': '#0f172a', 'font-weight': 'bold', 'font-size': 13 } },
        { selector: 'node.expanded', style: { 'border-color': '#0f172a' } },
        { selector: 'node.busy', style: { opacity: 0.5 } },
        { selector: 'node:selected', style: { 'overlay-color': '#2f5bd3', 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
        { selector: 'edge', style: {
          width: 1.5, 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#64748b',
          'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 1,
        } },
      ],
    });
    instance.on('tap', 'node', (event) => { select(event.target); expand(event.target.id()); });
    instance.on('dbltap', 'node', (event) => { location.hash = `#/entity/${encodeURIComponent(event.target.id())}`; });
    // Lets scripted checks find node positions without a global.
    canvas.cy = instance;
    return instance;
  }

  reload();
  return () => {
    disposed = true;
    if (cy) cy.destroy();
  };
}
