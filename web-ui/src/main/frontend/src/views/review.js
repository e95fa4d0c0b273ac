import { api } from '../api.js';
import { h, clear, loading, emptyState, errorState, announce } from '../dom.js';
import { entityId, labelOf, factEnds, propertyLabel, formatDate, asArray } from '../model.js';
import { reviewFact } from '../curation.js';

/**
 * The review queue: facts no reviewer has judged, lowest confidence first. Keyboard: c confirms, r rejects,
 * j or n moves to the next fact, k or p to the previous one.
 */
export function renderReviewQueue(main) {
  const page = h('article', { class: 'page review-page', 'aria-busy': 'true' });
  main.appendChild(page);
  let items = [];
  let at = 0;
  let busy = false;

  const status = h('p', { class: 'review-status', role: 'status' });
  const list = h('ol', { class: 'queue-list' });

  function select(index) {
    at = Math.max(0, Math.min(index, items.length - 1));
    list.querySelectorAll('.queue-item').forEach((li, i) => {
      li.setAttribute('aria-current', i === at ? 'true' : 'false');
      if (i === at) li.scrollIntoView({ block: 'nearest' });
    });
  }

  async function judge(verdict) {
    const item = items[at];
    if (!item || busy) return;
    busy = true;
    try {
      await reviewFact(item.factId, verdict);
      announce(verdict === 'confirm' ? 'Fact confirmed' : 'Fact rejected');
      items.splice(at, 1);
      draw();
      select(at);
    } catch (error) {
      status.textContent = `${error.message}${error.detail ? `: ${error.detail}` : ''}`;
    } finally {
      busy = false;
    }
  }

  function draw() {
    clear(list);
    if (items.length === 0) {
      list.appendChild(h('li', { class: 'muted' }, 'Nothing left to review.'));
      return;
    }
    items.forEach((item, i) => {
      const { subject, object, value } = factEnds(item);
      const evidence = asArray(item.evidence)[0] || {};
      list.appendChild(h('li', { class: 'queue-item', dataset: { factId: item.factId }, onclick: () => select(i) },
        h('p', { class: 'queue-fact' },
          subject ? h('a', { href: `#/entity/${encodeURIComponent(entityId(subject))}` }, labelOf(subject)) : null,
          h('span', { class: 'property' }, ` ${propertyLabel(item)} `),
          object ? h('a', { href: `#/entity/${encodeURIComponent(entityId(object))}` }, labelOf(object))
            : h('span', { class: 'fact-value' }, formatDate(value)),
          h('span', { class: 'confidence' }, ` ${Math.round(Number(evidence.confidence) * 100)}% confidence`)),
        h('blockquote', { class: 'evidence-sentence' }, evidence.sentence || ''),
        h('p', { class: 'queue-actions' },
          h('button', { type: 'button', class: 'review-confirm', onclick: (e) => { e.stopPropagation(); select(i); judge('confirm'); } }, 'Confirm (c)'),
          h('button', { type: 'button', class: 'review-reject', onclick: (e) => { e.stopPropagation(); select(i); judge('reject'); } }, 'Reject (r)'))));
    });
  }

  function onKey(event) {
    if (event.target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'c') judge('confirm');
    else if (key === 'r') judge('reject');
    else if (key === 'j' || key === 'n') select(at + 1);
    else if (key === 'k' || key === 'p') select(at - 1);
    else return;
    event.preventDefault();
  }

  page.appendChild(loading('Loading the review queue…'));
  (async () => {
    try {
      const body = await api.reviewQueue(50);
      items = asArray(body.results);
      clear(page);
      page.removeAttribute('aria-busy');
      page.appendChild(h('header', {},
        h('h1', { id: 'page-title' }, 'Review queue'),
        h('p', { class: 'muted' }, 'Facts no reviewer has judged yet, least confident first. Keys: c confirm, r reject, j/n next, k/p previous.')));
      page.appendChild(status);
      if (items.length === 0) {
        page.appendChild(emptyState('Nothing to review', 'Every extracted fact has been reviewed.'));
        return;
      }
      page.appendChild(list);
      draw();
      select(0);
      document.addEventListener('keydown', onKey);
    } catch (error) {
      clear(page);
      page.removeAttribute('aria-busy');
      page.appendChild(errorState(error, () => { clear(main); renderReviewQueue(main); }));
    }
  })();
  return () => document.removeEventListener('keydown', onKey);
}
