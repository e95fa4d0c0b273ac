import { api, send, storedToken, storeToken } from '../api.js';
import { h, clear, loading, emptyState, errorState, announce } from '../dom.js';
import { segment } from '../highlight.js';
import {
  documentId, entityId, labelOf, primaryType, typeLabel, colourOf, asArray, formatDate, propertyLabel, factEnds,
} from '../model.js';
import { reviewControls, addFactForm } from '../curation.js';

function documentsOf(body) {
  if (Array.isArray(body)) return body;
  return body.documents || body.results || body.items || [];
}

function factCount(doc) {
  const value = doc.facts ?? doc.factCount ?? doc.factsCount;
  if (Array.isArray(value)) return value.length;
  return Number.isFinite(value) ? value : undefined;
}

/** The list of ingested articles, newest first. */
export function renderArticles(main) {
  const page = h('section', { class: 'page', 'aria-labelledby': 'page-title' },
    h('header', { class: 'page-header page-header-row' },
      h('div', {}, h('p', { class: 'eyebrow' }, 'Articles'), h('h1', { id: 'page-title' }, 'Ingested articles')),
      h('a', { class: 'button button-primary', href: '#/articles/new' }, 'Add an article')));
  const body = h('div', {}, loading('Loading articles…'));
  page.appendChild(body);
  main.appendChild(page);

  (async function load() {
    try {
      const docs = documentsOf(await api.documents())
        .slice().sort((a, b) => String(b.date || '').localeCompare(String(a.date || '')));
      clear(body);
      if (docs.length === 0) {
        body.appendChild(emptyState('No articles yet', 'Add an article to start the graph.',
          h('a', { class: 'button button-primary', href: '#/articles/new' }, 'Add an article')));
        return;
      }
      const sourceOf = (doc) => doc.source || doc.sourceName || hostOf(doc.url);
      const withSources = docs.some(sourceOf);
      body.appendChild(h('table', { class: 'table articles-table' },
        h('caption', { class: 'visually-hidden' }, 'Ingested articles'),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Title'), withSources ? h('th', { scope: 'col' }, 'Source') : null,
          h('th', { scope: 'col', class: 'num' }, 'Date'), h('th', { scope: 'col', class: 'num' }, 'Facts'))),
        h('tbody', {}, docs.map((doc) => h('tr', {},
          h('td', {}, h('a', { href: `#/article/${encodeURIComponent(documentId(doc))}` }, doc.title || 'Untitled article')),
          withSources ? h('td', { class: 'muted' }, sourceOf(doc) || '—') : null,
          h('td', { class: 'num nowrap' }, formatDate(doc.date) || '—'),
          h('td', { class: 'num' }, factCount(doc) ?? '—'))))));
    } catch (error) {
      clear(body);
      body.appendChild(errorState(error, () => { clear(body); body.appendChild(loading()); load(); }));
    }
  })();
}

function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

function hostOf(url) {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

function mentionsOf(doc) {
  return asArray(doc.mentions || doc.entities && doc.entities.flatMap((e) => asArray(e.mentions).map((m) => ({ ...m, entity: e }))))
    .map((m) => ({
      begin: m.begin ?? m.beginIndex ?? m.start,
      end: m.end ?? m.endIndex,
      entity: typeof m.entity === 'object' && m.entity ? m.entity : { id: m.entity || m.entityId || m.refersTo, label: m.label, type: m.type },
    }));
}

/** One article: its text with the entity mentions highlighted and linked. */
export function renderArticle(main, params) {
  const page = h('article', { class: 'page article-page' }, loading('Loading article…'));
  main.appendChild(page);
  (async () => {
    try {
      const doc = await api.document(params.id);
      clear(page);
      const text = doc.text || doc.content || doc.isString || '';
      const mentions = mentionsOf(doc);
      const spans = mentions.filter((m) => Number.isInteger(m.begin) && Number.isInteger(m.end));
      const facts = asArray(doc.facts);
      page.appendChild(h('header', { class: 'page-header' },
        h('nav', { class: 'breadcrumb', 'aria-label': 'Breadcrumb' }, h('a', { href: '#/articles' }, 'Articles')),
        h('h1', { id: 'page-title' }, doc.title || 'Untitled article'),
        h('p', { class: 'article-meta' },
          doc.date ? h('span', {}, formatDate(doc.date)) : null,
          (doc.source || doc.sourceName) ? h('span', {}, doc.source || doc.sourceName) : null,
          doc.url ? h('a', { class: 'external', href: doc.url, rel: 'noopener', target: '_blank' }, hostOf(doc.url) || 'Original') : null,
          h('span', {}, plural(spans.length, 'mention')),
          h('span', {}, plural(Number.isFinite(doc.factCount) ? doc.factCount : facts.length, 'fact')))));
      const textBlock = h('div', { class: 'article-text' }, segment(text, spans).map((piece) => {
        if (!piece.span) return piece.text;
        const entity = piece.span.entity;
        const type = primaryType(entity);
        return h('a', {
          class: 'mention', href: `#/entity/${encodeURIComponent(entityId(entity))}`,
          style: `--type-colour:${colourOf(type)}`, title: `${labelOf(entity)} · ${typeLabel(type)}`,
          dataset: { begin: piece.span.begin },
        }, piece.text);
      }));
      page.appendChild(h('div', { class: 'article-layout' },
        h('section', { 'aria-label': 'Article text' }, text ? textBlock : emptyState('No text stored for this article')),
        h('aside', { class: 'article-side' }, entitiesPanel(mentions), factsPanel(facts),
          addFactForm(documentId(doc) || params.id, articleEntities(mentions)))));
      scrollToOffset(textBlock, Number.parseInt(params.at, 10));
    } catch (error) {
      clear(page);
      page.appendChild(errorState(error, error.status === 404 ? null : () => { clear(main); renderArticle(main, params); }));
      if (error.status === 404) page.appendChild(h('p', { class: 'state-links' }, h('a', { class: 'button', href: '#/articles' }, 'All articles')));
    }
  })();
}

function scrollToOffset(textBlock, offset) {
  if (!Number.isFinite(offset)) return;
  const marks = [...textBlock.querySelectorAll('[data-begin]')];
  const target = marks.find((m) => Number(m.dataset.begin) >= offset);
  if (target) {
    target.classList.add('mention-focus');
    requestAnimationFrame(() => target.scrollIntoView({ block: 'center' }));
  }
}

/** The article's entities, once each, by label. */
function articleEntities(mentions) {
  const byId = new Map();
  for (const m of mentions) {
    const id = entityId(m.entity);
    if (id && !byId.has(id)) byId.set(id, { id, label: labelOf(m.entity) });
  }
  return [...byId.values()].sort((a, b) => a.label.localeCompare(b.label));
}

function entitiesPanel(mentions) {
  const byEntity = new Map();
  for (const m of mentions) {
    const id = entityId(m.entity);
    if (!id) continue;
    if (!byEntity.has(id)) byEntity.set(id, { entity: m.entity, count: 0 });
    byEntity.get(id).count += 1;
  }
  const rows = [...byEntity.values()].sort((a, b) => b.count - a.count || labelOf(a.entity).localeCompare(labelOf(b.entity)));
  return h('section', { class: 'card' },
    h('h2', { class: 'card-title' }, `Entities (${rows.length})`),
    rows.length ? h('ul', { class: 'entity-chips' }, rows.map(({ entity, count }) => h('li', {},
      h('a', { class: 'chip', href: `#/entity/${encodeURIComponent(entityId(entity))}` },
        h('span', { class: 'dot', style: `background:${colourOf(primaryType(entity))}`, 'aria-hidden': 'true' }),
        labelOf(entity), h('span', { class: 'chip-count' }, String(count))))))
      : h('p', { class: 'muted' }, 'No entity was found in this article.'));
}

function factsPanel(facts) {
  if (facts.length === 0) return null;
  return h('section', { class: 'card' },
    h('h2', { class: 'card-title' }, `Facts (${facts.length})`),
    h('ul', { class: 'compact-facts' }, facts.map(factLine)));
}

function entityLink(entity) {
  if (!entity) return null;
  const id = entityId(entity);
  return id ? h('a', { href: `#/entity/${encodeURIComponent(id)}` }, labelOf(entity)) : h('span', {}, labelOf(entity));
}

/** "Subject relation Object" on one line, both ends linked. */
function factLine(fact) {
  const { subject, object, value } = factEnds(fact);
  return h('li', {},
    entityLink(subject),
    h('span', { class: 'property' }, ` ${propertyLabel(fact)} `),
    object ? entityLink(object) : h('span', { class: 'fact-value' }, formatDate(value)),
    reviewControls(asArray(fact.evidence)[0]));
}

/** The form to paste or upload an article; extraction runs on the server and can take a while. */
export function renderIngest(main) {
  let controller = null;
  let ticker = null;
  const progress = h('div', { class: 'ingest-progress', role: 'status', 'aria-live': 'polite', hidden: true });
  const result = h('div', { class: 'ingest-result' });
  const fileInput = h('input', { id: 'ingest-file', name: 'file', type: 'file', accept: '.txt,.text,.md,.html,.htm,text/plain,text/html' });
  const form = h('form', { class: 'card form', novalidate: true },
    field('ingest-title', 'Title', h('input', { id: 'ingest-title', name: 'title', type: 'text', placeholder: 'Taken from the text when empty' })),
    h('div', { class: 'form-row' },
      field('ingest-url', 'Source URL', h('input', { id: 'ingest-url', name: 'url', type: 'url', placeholder: 'https://…' })),
      field('ingest-date', 'Publication date', h('input', { id: 'ingest-date', name: 'date', type: 'date' }))),
    field('ingest-text', 'Article text', h('textarea', { id: 'ingest-text', name: 'text', rows: 14, required: true, placeholder: 'Paste the article here, or choose a file below.' })),
    field('ingest-file', 'Or upload a file (.txt or .html)', fileInput),
    field('ingest-token', 'Access token', h('input', { id: 'ingest-token', name: 'token', type: 'password', autocomplete: 'off', value: storedToken() }),
      'Needed when the server protects writes. Kept only for this browser session.'),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button button-primary' }, 'Extract and store'),
      h('button', { type: 'button', class: 'button', hidden: true, onclick: () => controller && controller.abort() }, 'Cancel')));
  const submit = form.querySelector('button[type=submit]');
  const cancel = form.querySelector('.form-actions button[type=button]');
  let uploadedType = 'text/plain';

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files && fileInput.files[0];
    if (!file) return;
    const text = await file.text();
    uploadedType = /\.html?$/i.test(file.name) || file.type === 'text/html' ? 'text/html' : 'text/plain';
    form.elements.text.value = text;
    if (!form.elements.title.value) form.elements.title.value = file.name.replace(/\.[^.]+$/, '');
  });
  form.elements.text.addEventListener('input', () => { uploadedType = 'text/plain'; });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(result);
    const text = form.elements.text.value.trim();
    if (!text) {
      result.appendChild(h('p', { class: 'form-error', role: 'alert' }, 'Paste the article text or choose a file first.'));
      form.elements.text.focus();
      return;
    }
    const token = form.elements.token.value.trim();
    storeToken(token);
    const fields = {};
    for (const name of ['title', 'url', 'date']) if (form.elements[name].value.trim()) fields[name] = form.elements[name].value.trim();
    // HTML goes as it is, so the server reads its title and paragraphs; pasted text goes as JSON.
    const request = uploadedType === 'text/html'
      ? { path: `/api/documents?${new URLSearchParams(fields)}`, body: text, contentType: 'text/html' }
      : { path: '/api/documents', body: JSON.stringify({ ...fields, text }), contentType: 'application/json' };

    controller = new AbortController();
    submit.disabled = true;
    cancel.hidden = false;
    const started = Date.now();
    let phase = 'Sending the article…';
    const render = () => {
      clear(progress);
      progress.hidden = false;
      progress.append(h('div', { class: 'progress-bar', 'aria-hidden': 'true' }, h('span', {})),
        h('p', {}, phase, h('span', { class: 'muted' }, ` ${Math.round((Date.now() - started) / 1000)} s`)));
    };
    ticker = setInterval(render, 1000);
    render();
    try {
      const body = await ingestWithRetry(request, token, controller.signal, (message) => { phase = message; render(); });
      showResult(result, body);
      announce('Article stored');
    } catch (error) {
      if (error.name === 'AbortError') {
        result.appendChild(h('p', { class: 'form-error', role: 'alert' }, 'Cancelled. The server may still finish storing the article.'));
      } else if (error.status === 401 || error.status === 403) {
        result.appendChild(errorState(error));
        form.elements.token.focus();
      } else {
        result.appendChild(errorState(error));
      }
    } finally {
      result.scrollIntoView({ block: 'nearest' });
      clearInterval(ticker);
      progress.hidden = true;
      submit.disabled = false;
      cancel.hidden = true;
    }
  });

  main.appendChild(h('section', { class: 'page page-narrow', 'aria-labelledby': 'page-title' },
    h('header', { class: 'page-header' },
      h('nav', { class: 'breadcrumb', 'aria-label': 'Breadcrumb' }, h('a', { href: '#/articles' }, 'Articles')),
      h('h1', { id: 'page-title' }, 'Add an article'),
      h('p', { class: 'lead' }, 'The server reads the article, finds entities and relations and stores them with their evidence. This takes from a few seconds to a minute.')),
    form, progress, result));
  return () => { clearInterval(ticker); if (controller) controller.abort(); };
}

function field(id, labelText, control, hint) {
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'field' }, h('label', { for: id }, labelText), control, hint ? h('p', { id: hintId, class: 'hint' }, hint) : null);
}

async function ingestWithRetry(request, token, signal, onPhase) {
  for (let attempt = 0; ; attempt += 1) {
    onPhase('Extracting entities and relations…');
    try {
      return await send('POST', request.path, { body: request.body, contentType: request.contentType, token, signal });
    } catch (error) {
      // Only a 503 with Retry-After is worth waiting for (models loading); without it extraction is off.
      if (error.status !== 503 || error.retryAfter === undefined || attempt >= 30) throw error;
      const wait = Math.min(Math.max(error.retryAfter || 5, 1), 60);
      for (let left = wait; left > 0; left -= 1) {
        onPhase(`The language models are still loading; trying again in ${left} s…`);
        await sleep(1000, signal);
      }
    }
  }
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(new DOMException('Aborted', 'AbortError')); }, { once: true });
  });
}

function showResult(container, body) {
  const id = documentId(body.document || body);
  const facts = asArray(body.facts);
  const entities = Array.isArray(body.entities) ? body.entities.length : body.entities;
  const titles = { added: 'Article stored', replaced: 'Article updated', unchanged: 'Article already stored' };
  container.appendChild(h('div', { class: 'card success', role: 'status' },
    h('h2', { class: 'card-title' }, titles[body.change] || 'Article stored'),
    h('p', {}, plural(Number.isFinite(body.factCount) ? body.factCount : facts.length, 'fact'),
      Number.isFinite(entities) ? ` and ${plural(entities, 'entity', 'entities')}` : '', ' found.'),
    facts.length ? h('ul', { class: 'compact-facts' }, facts.slice(0, 15).map(factLine)) : null,
    id ? h('a', { class: 'button button-primary', href: `#/article/${encodeURIComponent(id)}` }, 'Open the article') : null));
}
