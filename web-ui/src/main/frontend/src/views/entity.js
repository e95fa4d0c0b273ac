import { api } from '../api.js';
import { h, clear, loading, emptyState, errorState } from '../dom.js';
import { segment, findNames } from '../highlight.js';
import {
  entityId, documentId, labelOf, primaryType, typeLabel, typeName, colourOf, factLabel, factsOf, asArray, formatDate,
} from '../model.js';
import { mountGraph } from './graph.js';
import { reviewControls, entityCuration } from '../curation.js';

/** One entity: names, types, links, facts with evidence, and its neighbourhood graph. */
export function renderEntity(main, params) {
  const page = h('article', { class: 'page entity-page', 'aria-busy': 'true' });
  main.appendChild(page);
  page.appendChild(loading('Loading entity…'));
  let disposeGraph = null;
  let disposed = false;

  (async () => {
    try {
      pendingHighlights = [];
      const entity = await api.entity(params.id);
      if (disposed) return;
      clear(page);
      page.removeAttribute('aria-busy');
      page.appendChild(entityHeader(entity, params.id));
      const graphSlot = h('div', { class: 'graph-slot' });
      page.appendChild(h('div', { class: 'entity-layout' },
        h('section', { class: 'facts', 'aria-labelledby': 'facts-title' },
          h('h2', { id: 'facts-title', class: 'section-title' }, 'Facts'),
          factGroups(entity)),
        h('section', { class: 'graph-section', 'aria-labelledby': 'graph-title' },
          h('h2', { id: 'graph-title', class: 'section-title' }, 'Neighbourhood'),
          graphSlot)));
      refineHighlights(() => disposed);
      disposeGraph = mountGraph(graphSlot, entityId(entity) || params.id, labelOf(entity), primaryType(entity));
      document.title = `${labelOf(entity)} · Astrolabe`;
    } catch (error) {
      if (disposed) return;
      clear(page);
      page.removeAttribute('aria-busy');
      page.appendChild(errorState(error.status === 404
        ? Object.assign(error, { detail: `No entity has the id “${params.id}”.` }) : error,
      error.status === 404 ? null : () => { clear(main); renderEntity(main, params); }));
      if (error.status === 404) page.appendChild(h('p', { class: 'state-links' }, h('a', { class: 'button', href: '#/' }, 'Search the entities')));
    }
  })();

  return () => {
    disposed = true;
    document.title = 'Astrolabe';
    if (disposeGraph) disposeGraph();
  };
}

function entityHeader(entity, id) {
  const types = [...new Set([].concat(entity.types || [], entity.type || []).map(typeName))]
    .filter((t) => t && t !== 'Entity');
  const main = primaryType(entity);
  const aliases = asArray(entity.altLabels).filter((a) => a !== labelOf(entity));
  const sameAs = asArray(entity.sameAs);
  return h('header', { class: 'entity-header' },
    h('nav', { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/' }, 'Entities'), h('span', { 'aria-hidden': 'true' }, ' / '), h('span', {}, typeLabel(main))),
    h('div', { class: 'entity-title' },
      h('span', { class: 'entity-mark', style: `background:${colourOf(main)}`, 'aria-hidden': 'true' }, labelOf(entity).slice(0, 1)),
      h('div', {},
        h('h1', { id: 'page-title' }, labelOf(entity)),
        h('p', { class: 'entity-types' },
          (types.length ? types : [main]).map((t) => h('span', { class: 'type-badge', style: `--type-colour:${colourOf(t)}` }, typeLabel(t)))))),
    h('dl', { class: 'entity-meta' },
      aliases.length ? [h('dt', {}, 'Also known as'), h('dd', { class: 'aliases' }, aliases.map((a) => h('span', { class: 'alias' }, a)))] : null,
      sameAs.length ? [h('dt', {}, 'Wikidata'), h('dd', {}, sameAs.map((iri) => h('a', {
        class: 'external', href: iri, rel: 'noopener', target: '_blank',
      }, iri.replace(/^https?:\/\/www\.wikidata\.org\/entity\//, 'wikidata:'))))] : null,
      entity.iri ? [h('dt', {}, 'IRI'), h('dd', {}, h('code', { class: 'iri' }, entity.iri))] : null,
      [h('dt', {}, 'Id'), h('dd', {}, h('code', {}, entityId(entity) || id))]),
    entityCuration(entityId(entity) || id, labelOf(entity)));
}

function groupFacts(facts) {
  const groups = new Map();
  for (const fact of facts) {
    const key = `${fact.direction}|${fact.property || factLabel(fact)}`;
    if (!groups.has(key)) groups.set(key, { direction: fact.direction, label: factLabel(fact), property: fact.property, facts: [] });
    groups.get(key).facts.push(fact);
  }
  return [...groups.values()].sort((a, b) => (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1)
    || a.label.localeCompare(b.label));
}

function capitalise(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function localNameOf(property) {
  return typeName(property || '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function factGroups(entity) {
  const facts = factsOf(entity);
  if (facts.length === 0) {
    return emptyState('No facts yet', 'This entity is mentioned in the articles, but no relation with it was extracted.');
  }
  const self = { id: entityId(entity), names: [labelOf(entity), ...asArray(entity.altLabels)] };
  return h('div', { class: 'fact-groups' }, groupFacts(facts).map((group) => h('section', {
    class: 'fact-group', dataset: { property: typeName(group.property || group.label) },
  },
  h('h3', { class: 'fact-group-title' },
    capitalise(group.label),
    group.direction === 'in' ? h('span', { class: 'direction', title: `Read backwards: the other entity's “${localNameOf(group.property)}” relation points here` }, '←') : null,
    h('span', { class: 'count' }, String(group.facts.length))),
  h('ul', { class: 'fact-list' }, group.facts.map((fact) => factItem(fact, self))))));
}

function factItem(fact, self) {
  const other = fact.other;
  const otherEnd = { id: other ? entityId(other) : '', names: other ? [labelOf(other), ...asArray(other.altLabels)] : [] };
  const target = other
    ? h('a', { class: 'fact-object', href: `#/entity/${encodeURIComponent(entityId(other))}` },
      h('span', { class: 'dot', style: `background:${colourOf(primaryType(other))}`, 'aria-hidden': 'true' }),
      labelOf(other), h('span', { class: 'muted' }, ` · ${typeLabel(primaryType(other))}`))
    : h('span', { class: 'fact-value' }, formatDate(fact.value));
  const evidence = fact.evidence;
  return h('li', { class: 'fact' },
    h('div', { class: 'fact-head' }, target,
      evidence.length > 1 ? h('span', { class: 'muted' }, `${evidence.length} sources`) : null),
    evidence.length
      ? h('div', { class: 'evidence-list' },
        evidenceItem(evidence[0], self, otherEnd),
        evidence.length > 1 ? h('details', { class: 'more-evidence' },
          h('summary', {}, `${evidence.length - 1} more ${evidence.length === 2 ? 'source' : 'sources'}`),
          evidence.slice(1).map((e) => evidenceItem(e, self, otherEnd))) : null)
      : h('p', { class: 'muted' }, 'No evidence recorded.'));
}

function documentDate(evidence) {
  return evidence.documentDate || (evidence.document && typeof evidence.document === 'object' ? evidence.document.date : '');
}

function fillSentence(blockquote, sentence, spans) {
  clear(blockquote);
  for (const piece of segment(sentence, spans)) {
    blockquote.appendChild(piece.span
      ? h('mark', { class: `mention mention-${piece.span.role || 'other'}` }, piece.text)
      : document.createTextNode(piece.text));
  }
}

/**
 * A sentence with the mentions of both entities highlighted, and where it was read. The names are
 * matched in the text at first; {@link refineHighlights} replaces them with the article's own mentions.
 */
export function evidenceItem(evidence, self, other) {
  const sentence = evidence.sentence || '';
  const spans = [
    ...findNames(sentence, self.names).map((s) => ({ ...s, role: 'self' })),
    ...findNames(sentence, other.names).map((s) => ({ ...s, role: 'other' })),
  ];
  const blockquote = h('blockquote', { class: 'evidence-sentence' });
  fillSentence(blockquote, sentence, spans);
  const docId = documentId(evidence.document || evidence.documentId || evidence.doc);
  const confidence = Number(evidence.confidence);
  const figure = h('figure', { class: 'evidence' },
    blockquote,
    h('figcaption', { class: 'evidence-meta' },
      docId ? h('a', { class: 'evidence-article', href: `#/article/${encodeURIComponent(docId)}${Number.isInteger(evidence.begin) ? `?at=${evidence.begin}` : ''}` },
        evidence.documentTitle || evidence.title || (evidence.document && evidence.document.title) || 'Source article') : null,
      documentDate(evidence) ? h('span', {}, formatDate(documentDate(evidence))) : null,
      Number.isFinite(confidence) ? h('span', { class: 'confidence', title: 'Extraction confidence' }, `${Math.round(confidence * 100)}% confidence`) : null,
      evidence.extractor ? h('span', { class: 'extractor', title: 'Extractor' }, evidence.extractor) : null,
      reviewControls(evidence)));
  if (docId && Number.isInteger(evidence.begin)) {
    pendingHighlights.push({ docId, blockquote, sentence, begin: evidence.begin, roles: { [self.id]: 'self', [other.id]: 'other' } });
  }
  return figure;
}

let pendingHighlights = [];

/**
 * Highlights the evidence sentences with the mentions the extractor found (exact offsets, every
 * surface form), fetching each source article once. Sentences keep their name matches when an
 * article cannot be read or its text does not line up.
 */
async function refineHighlights(isDisposed) {
  const items = pendingHighlights;
  pendingHighlights = [];
  const byDocument = new Map();
  for (const item of items) {
    if (!byDocument.has(item.docId)) byDocument.set(item.docId, []);
    byDocument.get(item.docId).push(item);
  }
  for (const [docId, group] of byDocument) {
    let doc;
    try {
      doc = await api.document(docId);
    } catch {
      continue;
    }
    if (isDisposed()) return;
    const text = doc.text || '';
    const mentions = asArray(doc.mentions);
    for (const item of group) {
      const at = text.startsWith(item.sentence, item.begin) ? item.begin : text.indexOf(item.sentence, Math.max(0, item.begin - 200));
      if (at < 0) continue;
      const end = at + item.sentence.length;
      const spans = mentions
        .map((m) => ({ begin: m.begin, end: m.end, role: item.roles[m.entityId || entityId(m.entity || {})] }))
        .filter((m) => m.role && m.begin >= at && m.end <= end)
        .map((m) => ({ ...m, begin: m.begin - at, end: m.end - at }));
      if (spans.length) fillSentence(item.blockquote, item.sentence, spans);
    }
  }
}
