import './style.css';
import { clear } from './dom.js';
import { installSearchBox } from './searchbox.js';
import { renderHome } from './views/home.js';
import { renderEntity } from './views/entity.js';
import { renderArticles, renderArticle, renderIngest } from './views/articles.js';
import { renderSparql } from './views/sparql.js';
import { renderSources } from './views/sources.js';
import { renderNotFound } from './views/notfound.js';
import { renderReviewQueue } from './views/review.js';

const main = document.getElementById('main');
let cleanup = null;

/** '#/entity/suparco' → {section, view, params}; ids are URI-encoded in links and decoded here. */
export function parseRoute(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [path, queryString = ''] = raw.split('?');
  const query = Object.fromEntries(new URLSearchParams(queryString));
  const parts = path.split('/').filter(Boolean);
  const rest = parts.slice(1).map(decodeURIComponent).join('/');
  switch (parts[0] || '') {
    case '':
    case 'entities':
    case 'search':
      return { section: 'entities', view: renderHome, params: query };
    case 'entity':
      return rest ? { section: 'entities', view: renderEntity, params: { id: rest, ...query } } : null;
    case 'articles':
      if (parts[1] === 'new') return { section: 'articles', view: renderIngest, params: query };
      return { section: 'articles', view: renderArticles, params: query };
    case 'article':
      return rest ? { section: 'articles', view: renderArticle, params: { id: rest, ...query } } : null;
    case 'sparql':
      return { section: 'sparql', view: renderSparql, params: query };
    case 'sources':
      return { section: 'sources', view: renderSources, params: query };
    case 'review':
      return { section: 'review', view: renderReviewQueue, params: query };
    default:
      return null;
  }
}

function route() {
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
  const match = parseRoute(location.hash) || { section: '', view: renderNotFound, params: {} };
  for (const link of document.querySelectorAll('.app-nav a')) {
    if (link.dataset.section === match.section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.body.dataset.section = match.section;
  clear(main);
  cleanup = match.view(main, match.params);
  window.scrollTo(0, 0);
}

installSearchBox(document.getElementById('global-search'));
window.addEventListener('hashchange', route);
route();
