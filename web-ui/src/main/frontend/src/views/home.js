import { api } from '../api.js';
import { h, clear, loading, emptyState, errorState, announce } from '../dom.js';
import {
  entityId, documentId, labelOf, primaryType, typeLabel, typeName, colourOf, searchResults, asArray, formatDate,
} from '../model.js';

const PAGE_SIZE = 100;
const EXAMPLES = ['SUPARCO', 'CMSA', "Chang'e 8", 'Pakistan', 'Tiangong'];

/** Entities: the search results with type filters and counts, or a start page without a query. */
export function renderHome(main, params) {
  const query = (params.q || '').trim();
  const type = params.type || '';
  const input = document.getElementById('search-input');
  if (input && document.activeElement !== input) input.value = query;

  const page = h('section', { class: 'page', 'aria-labelledby': 'page-title' });
  main.appendChild(page);
  if (!query && !type) {
    renderStart(page);
    return;
  }
  page.appendChild(h('header', { class: 'page-header' },
    h('p', { class: 'eyebrow' }, 'Entities'),
    h('h1', { id: 'page-title' }, query ? `Results for “${query}”` : `Every ${typeLabel(type).toLowerCase()}`)));
  const body = h('div', { class: 'results-layout' });
  page.appendChild(body);
  body.appendChild(loading('Searching…'));
  loadResults(body, query, type);
}

async function loadResults(body, query, type) {
  try {
    const all = searchResults(await api.search(query, '', PAGE_SIZE));
    const filtered = type ? searchResults(await api.search(query, type, PAGE_SIZE)) : all;
    // A server that ignores the type parameter still gets filtered here.
    const shown = type ? filtered.results.filter((e) => matchesType(e, type)) : filtered.results;
    clear(body);
    body.appendChild(typeFilters(query, type, all));
    body.appendChild(resultList(query, type, shown, type ? shown.length : all.total));
    announce(`${shown.length} results`);
  } catch (error) {
    clear(body);
    body.appendChild(errorState(error, () => { clear(body); body.appendChild(loading()); loadResults(body, query, type); }));
  }
}

function matchesType(entity, type) {
  const wanted = typeName(type);
  return [].concat(entity.type || [], entity.types || []).map(typeName).includes(wanted) || primaryType(entity) === wanted;
}

function searchHref(query, type) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (type) params.set('type', type);
  return params.toString() ? `#/search?${params}` : '#/';
}

function typeCounts(all) {
  const counts = new Map();
  if (all.facets && typeof all.facets === 'object' && !Array.isArray(all.facets)) {
    for (const [type, count] of Object.entries(all.facets)) counts.set(typeName(type), Number(count));
    return counts;
  }
  for (const entity of all.results) {
    const type = primaryType(entity) || 'Entity';
    counts.set(type, (counts.get(type) || 0) + 1);
  }
  return counts;
}

function typeFilters(query, selected, all) {
  const counts = [...typeCounts(all).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const link = (type, text, count) => h('a', {
    class: 'chip', href: searchHref(query, type),
    'aria-current': (type || '') === (selected || '') ? 'true' : null,
  },
  type ? h('span', { class: 'dot', style: `background:${colourOf(type)}`, 'aria-hidden': 'true' }) : null,
  text, h('span', { class: 'chip-count' }, String(count)));
  return h('nav', { class: 'filters', 'aria-label': 'Filter by type' },
    h('h2', { class: 'filters-title' }, 'Type'),
    link('', 'All types', all.total),
    counts.map(([type, count]) => link(type, typeLabel(type), count)));
}

function resultList(query, type, results, total) {
  if (results.length === 0) {
    return h('div', { class: 'results' }, emptyState(
      type && query ? `No ${typeLabel(type).toLowerCase()} matches “${query}”` : query ? `Nothing matches “${query}”` : 'Nothing of this type yet',
      'Try another spelling, an abbreviation, or fewer words.'));
  }
  return h('div', { class: 'results' },
    h('p', { class: 'results-count', role: 'status' }, `${total} ${total === 1 ? 'entity' : 'entities'}`),
    h('ul', { class: 'result-list' }, results.map(resultItem)));
}

function resultItem(entity) {
  const type = primaryType(entity);
  const aliases = asArray(entity.altLabels).filter((a) => a !== labelOf(entity));
  const articles = entity.articles ?? entity.articleCount ?? entity.documents;
  return h('li', { class: 'result' },
    h('a', { class: 'result-link', href: `#/entity/${encodeURIComponent(entityId(entity))}` },
      h('span', { class: 'result-main' },
        h('span', { class: 'result-label' }, labelOf(entity)),
        aliases.length ? h('span', { class: 'result-aliases', title: aliases.join(', ') }, `Also: ${aliases.slice(0, 5).join(', ')}`) : null),
      h('span', { class: 'result-meta' },
        h('span', { class: 'type-badge', style: `--type-colour:${colourOf(type)}` }, typeLabel(type)),
        Number.isFinite(articles) ? h('span', { class: 'muted' }, `${articles} ${articles === 1 ? 'article' : 'articles'}`) : null)));
}

function renderStart(page) {
  const top = h('div', { class: 'start-top' });
  page.appendChild(top);
  top.appendChild(h('header', { class: 'hero' },
    h('h1', { id: 'page-title' }, 'Explore who cooperates with whom in space'),
    h('p', { class: 'lead' }, 'Astrolabe reads news articles about space cooperation and turns them into a knowledge graph of agencies, missions, people, agreements and places. Every fact links back to the sentence it was read from.'),
    h('form', { class: 'hero-search', role: 'search', onsubmit: (event) => {
      event.preventDefault();
      const q = event.target.elements.q.value.trim();
      if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
    } },
    h('label', { for: 'hero-q', class: 'visually-hidden' }, 'Search entities'),
    h('input', { id: 'hero-q', name: 'q', type: 'search', placeholder: 'Search an agency, mission, person…', autocomplete: 'off' }),
    h('button', { type: 'submit', class: 'button button-primary' }, 'Search')),
    h('p', { class: 'examples' }, 'Try ', EXAMPLES.map((example, i) => [
      i ? ', ' : '', h('a', { href: `#/search?q=${encodeURIComponent(example)}` }, example)]))));

  const stats = h('div', { class: 'stats', 'aria-label': 'Graph size' });
  const browse = h('nav', { class: 'browse-types', 'aria-label': 'Browse by type' });
  const popular = h('div', {}, loading('Loading entities…'));
  const latest = h('div', {}, loading('Loading articles…'));
  top.appendChild(stats);
  page.appendChild(browse);
  page.appendChild(h('div', { class: 'start-grid' },
    h('section', { class: 'card', 'aria-labelledby': 'popular-title' },
      h('h2', { id: 'popular-title', class: 'card-title' }, 'Most mentioned'),
      popular),
    h('section', { class: 'card', 'aria-labelledby': 'latest-title' },
      h('div', { class: 'card-title-row' },
        h('h2', { id: 'latest-title', class: 'card-title' }, 'Latest articles'),
        h('a', { href: '#/articles/new', class: 'button button-small' }, 'Add an article')),
      latest)));
  loadStats(stats, browse);
  loadPopular(popular);
  loadLatest(latest);
}

async function loadPopular(container) {
  try {
    const { results } = searchResults(await api.search('', '', 10));
    clear(container);
    if (results.length === 0) {
      container.appendChild(emptyState('The graph is empty', 'Add an article to start it.'));
      return;
    }
    container.appendChild(h('ul', { class: 'result-list result-list-flat' }, results.map(resultItem)));
  } catch {
    clear(container);
    container.appendChild(h('p', { class: 'muted' }, 'Search above to find entities by name or alias.'));
  }
}

async function loadLatest(container) {
  try {
    const body = await api.documents(6);
    const docs = (Array.isArray(body) ? body : body.results || body.documents || [])
      .slice().sort((a, b) => String(b.ingestedAt || b.date || '').localeCompare(String(a.ingestedAt || a.date || ''))).slice(0, 6);
    clear(container);
    if (docs.length === 0) {
      container.appendChild(emptyState('No articles yet', 'Articles you add show up here.'));
      return;
    }
    container.appendChild(h('ul', { class: 'doc-list' }, docs.map((doc) => h('li', {},
      h('a', { href: `#/article/${encodeURIComponent(documentId(doc))}` }, doc.title || 'Untitled article'),
      h('span', { class: 'muted' }, [formatDate(doc.date), Number.isFinite(doc.facts) ? `${doc.facts} ${doc.facts === 1 ? 'fact' : 'facts'}` : '']
        .filter(Boolean).join(' · '))))));
    container.appendChild(h('p', { class: 'card-footer' }, h('a', { href: '#/articles' }, 'All articles →')));
  } catch (error) {
    clear(container);
    container.appendChild(errorState(error));
  }
}

function sumOf(counts) {
  if (!counts || typeof counts !== 'object') return undefined;
  return Object.values(counts).reduce((total, n) => total + (Number(n) || 0), 0);
}

async function loadStats(container, browse) {
  try {
    const stats = await api.stats();
    const perClass = Object.entries(stats.entitiesPerClass || {})
      .map(([type, count]) => [typeName(type), Number(count)])
      .filter(([type, count]) => count > 0 && !['Entity', 'Organization', 'Place', 'Spacecraft'].includes(type))
      .sort((a, b) => b[1] - a[1]);
    if (perClass.length) {
      browse.appendChild(h('span', { class: 'browse-label' }, 'Browse'));
      for (const [type, count] of perClass) {
        browse.appendChild(h('a', { class: 'chip chip-outline', href: searchHref('', type) },
          h('span', { class: 'dot', style: `background:${colourOf(type)}`, 'aria-hidden': 'true' }),
          typeLabel(type), h('span', { class: 'chip-count' }, String(count))));
      }
    }
    const figures = [
      ['Articles', stats.documents ?? stats.articles],
      ['Entities', stats.entities],
      ['Facts', stats.facts ?? sumOf(stats.factsPerProperty)],
      ['Triples', stats.quads ?? stats.triples],
    ].filter(([, value]) => Number.isFinite(value));
    for (const [name, value] of figures) {
      container.appendChild(h('div', { class: 'stat' },
        h('span', { class: 'stat-value' }, value.toLocaleString('en')), h('span', { class: 'stat-name' }, name)));
    }
  } catch {
    container.remove();
    browse.remove();
  }
}
