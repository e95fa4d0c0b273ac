import { api } from '../api.js';
import { h, clear, loading, emptyState, errorState } from '../dom.js';
import { formatDate, sourceHealth, itemCounts } from '../model.js';

const HEALTH = { ok: 'Polled', failing: 'Failing', waiting: 'Not polled yet' };

/** The watched news sources: each one's state, last error, items per state and latest articles. */
export function renderSources(main) {
  const page = h('section', { class: 'page', 'aria-labelledby': 'page-title' },
    h('header', { class: 'page-header' },
      h('p', { class: 'eyebrow' }, 'Sources'), h('h1', { id: 'page-title' }, 'Watched news sources')));
  const body = h('div', {}, loading('Loading sources…'));
  page.appendChild(body);
  main.appendChild(page);

  (async function load() {
    try {
      const answer = await api.sources();
      clear(body);
      const sources = answer.sources || [];
      if (!answer.watching || sources.length === 0) {
        body.appendChild(emptyState(answer.watching ? 'No sources' : 'Not watching',
          answer.watching ? 'Add a source with POST /api/sources.'
            : 'Start the server with --watch SOURCES to follow news feeds and sites (see docs/sources.md).'));
        return;
      }
      body.appendChild(h('div', { class: 'sources' }, sources.map(sourceCard)));
    } catch (error) {
      clear(body);
      body.appendChild(errorState(error, () => { clear(body); body.appendChild(loading()); load(); }));
    }
  })();
}

function sourceCard(source) {
  const health = sourceHealth(source);
  return h('article', { class: 'card source-card', 'aria-label': source.name },
    h('div', { class: 'card-title-row' },
      h('h2', { class: 'card-title' }, source.name),
      h('span', { class: `chip source-health source-${health}` }, HEALTH[health])),
    h('p', { class: 'muted source-url' }, h('a', { href: source.url, rel: 'noopener noreferrer' }, source.url)),
    h('p', {}, `${source.kind}, every ${interval(source.intervalSeconds)}; ${source.polls} polls`,
      source.lastPoll ? `, last ${formatDate(source.lastPoll)} ${timeOf(source.lastPoll)}` : ''),
    source.lastError ? h('p', { class: 'source-error', role: 'status' },
      `Last poll failed (${source.failures} in a row): ${source.lastError}`) : null,
    h('p', { class: 'source-counts' }, itemCounts(source).map(([state, count]) =>
      h('span', { class: 'chip chip-outline' }, state, h('span', { class: 'chip-count' }, String(count))))),
    source.latest && source.latest.length
      ? h('ul', { class: 'doc-list source-latest' }, source.latest.map((item) =>
        h('li', {}, h('a', { href: `#/article/${encodeURIComponent(item.id)}` }, item.title || item.url),
          item.title ? h('span', { class: 'muted source-item-url' }, item.url) : null)))
      : null);
}

function interval(seconds) {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

function timeOf(instant) {
  const match = /T(\d{2}:\d{2})/.exec(String(instant));
  return match ? `${match[1]} UTC` : '';
}
