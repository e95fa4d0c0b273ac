// Reviewer controls: confirm or reject a fact, rename, merge; every write carries the access token, which is
// asked for once and kept in the browser's session storage only.
import { send, storedToken, storeToken, ApiError } from './api.js';
import { h, announce } from './dom.js';

/** The token, asking for it when none is stored yet; null when the reviewer cancels. */
export function reviewerToken() {
  let token = storedToken();
  if (!token) {
    token = (window.prompt('Access token (the server\u2019s --token) to record your review:') || '').trim();
    if (token) storeToken(token);
  }
  return token || null;
}

/** Sends one curation write as JSON; a refused token is forgotten so that the next try asks again. */
export async function curate(method, path, body) {
  const token = reviewerToken();
  if (!token) throw new ApiError(401, 'unauthorized', 'A review needs the access token');
  try {
    return await send(method, path, { body: body === undefined ? undefined : JSON.stringify(body), contentType: 'application/json', token });
  } catch (error) {
    if (error.status === 401) storeToken('');
    throw error;
  }
}

export function reviewFact(factId, verdict, note) {
  return curate('POST', `/api/facts/${encodeURIComponent(factId)}/review`, { verdict, note });
}

/** Re-renders the current page (after a write changed what it shows). */
export function reloadView() {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Confirm / reject buttons and the review badge of one evidence (one fact of one article). */
export function reviewControls(evidence) {
  if (!evidence || !evidence.factId) return null;
  const status = h('span', { class: 'review-status', role: 'status' });
  const act = (verdict) => async (event) => {
    event.preventDefault();
    try {
      await reviewFact(evidence.factId, verdict);
      announce(verdict === 'confirm' ? 'Fact confirmed' : 'Fact rejected');
      reloadView();
    } catch (error) {
      status.textContent = `${error.message}${error.detail ? `: ${error.detail}` : ''}`;
    }
  };
  return h('span', { class: 'review-controls', dataset: { factId: evidence.factId } },
    evidence.review === 'confirmed' ? h('span', { class: 'review-badge', title: 'A reviewer confirmed this fact' }, '\u2713 Confirmed') : null,
    evidence.review === 'confirmed' ? null : h('button', { type: 'button', class: 'review-confirm', onclick: act('confirm') }, 'Confirm'),
    h('button', { type: 'button', class: 'review-reject', onclick: act('reject') }, 'Reject'),
    status);
}

/** Rename and merge forms for the entity page. */
export function entityCuration(entityId, label) {
  const status = h('p', { class: 'review-status', role: 'status' });
  const fail = (error) => { status.textContent = `${error.message}${error.detail ? `: ${error.detail}` : ''}`; };
  const rename = h('form', {
    class: 'curation-form rename-form',
    onsubmit: async (event) => {
      event.preventDefault();
      const value = event.target.elements.label.value.trim();
      if (!value) return;
      try {
        await curate('PATCH', `/api/entities/${encodeURIComponent(entityId)}`, { label: value });
        announce('Entity renamed');
        reloadView();
      } catch (error) {
        fail(error);
      }
    },
  },
  h('label', { for: 'rename-label' }, 'Label'),
  h('input', { id: 'rename-label', name: 'label', value: label, autocomplete: 'off' }),
  h('button', { type: 'submit' }, 'Rename'));
  const merge = h('form', {
    class: 'curation-form merge-form',
    onsubmit: async (event) => {
      event.preventDefault();
      const into = event.target.elements.into.value.trim();
      if (!into) return;
      try {
        const review = await curate('POST', `/api/entities/${encodeURIComponent(entityId)}/merge`, { into });
        announce('Entities merged');
        location.hash = `#/entity/${encodeURIComponent(review.survivor || into)}`;
      } catch (error) {
        fail(error);
      }
    },
  },
  h('label', { for: 'merge-into' }, 'Merge into (entity id)'),
  h('input', { id: 'merge-into', name: 'into', autocomplete: 'off', placeholder: 'e.g. suparco' }),
  h('button', { type: 'submit' }, 'Merge'));
  return h('details', { class: 'curation' }, h('summary', {}, 'Curate this entity'), rename, merge, status);
}

const RELATIONS = ['party', 'concerns', 'payloadOf', 'developedBy', 'operatedBy', 'destination', 'launchVehicle', 'launchSite',
  'participatesIn', 'cooperatesWith', 'country', 'headquarteredIn', 'locatedIn', 'memberOf', 'leaderOf', 'nationality', 'metWith'];

/**
 * The article page's form to add a fact the extractor missed: two of the article's entities, a relation and
 * the sentence it rests on (quoted exactly; the text selected in the article fills it in).
 */
export function addFactForm(documentId, entities) {
  const options = entities.map((e) => h('option', { value: e.id }, e.label));
  const status = h('p', { class: 'review-status', role: 'status' });
  const sentence = h('textarea', { id: 'add-fact-sentence', name: 'sentence', rows: '3', required: true });
  const form = h('form', {
    class: 'curation-form add-fact-form',
    onsubmit: async (event) => {
      event.preventDefault();
      const f = event.target.elements;
      try {
        await curate('POST', '/api/facts', {
          document: documentId, subject: f.subject.value, property: `kg:${f.property.value}`,
          object: { entity: f.object.value }, sentence: f.sentence.value.trim(),
        });
        announce('Fact added');
        reloadView();
      } catch (error) {
        status.textContent = `${error.message}${error.detail ? `: ${error.detail}` : ''}`;
      }
    },
  },
  h('label', { for: 'add-fact-subject' }, 'Subject'), h('select', { id: 'add-fact-subject', name: 'subject' }, options),
  h('label', { for: 'add-fact-property' }, 'Relation'),
  h('select', { id: 'add-fact-property', name: 'property' }, RELATIONS.map((r) => h('option', { value: r }, r))),
  h('label', { for: 'add-fact-object' }, 'Object'), h('select', { id: 'add-fact-object', name: 'object' }, options.map((o) => o.cloneNode(true))),
  h('label', { for: 'add-fact-sentence' }, 'Sentence (select it in the text)'), sentence,
  h('button', { type: 'submit' }, 'Add fact'));
  const panel = h('details', { class: 'card curation add-fact' }, h('summary', {}, 'Add a missing fact'), form, status);
  panel.addEventListener('toggle', () => {
    const selected = String(window.getSelection ? window.getSelection() : '').trim();
    if (panel.open && selected && !sentence.value) sentence.value = selected;
  });
  return panel;
}
