import { api } from '../api.js';
import { h, clear, loading, emptyState, errorState } from '../dom.js';
import { segment, findNames } from '../highlight.js';
import {
  entityId, documentId, labelOf, primaryType, typeLabel, typeName, colourOf, factLabel, factsOf, asArray, formatDate,
} from '../model.js';
import { mountGraph } from './graph.js';

/** One entity: names, types, links, facts with evidence, and its neighbourhood graph. */
export function renderEntity(main, params) {
  const page = h('article', { class: 'page entity-page', 'aria-busy': 'true' });
  main.appendChild(page);
  page.appendChild(loading('Loading entity…'));
  let disposeGraph = null;
  let disposed = false;

  (async () => {
    try {
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
      [h('dt', {}, 'Id'), h('dd', {}, h('code', {}, entityId(entity) || id))]));
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
  const selfNames = [labelOf(entity), ...asArray(entity.altLabels)];
  return h('div', { class: 'fact-groups' }, groupFacts(facts).map((group) => h('section', {
    class: 'fact-group', dataset: { property: typeName(group.property || group.label) },
  },
  h('h3', { class: 'fact-group-title' },
    capitalise(group.label),
    group.direction === 'in' ? h('span', { class: 'direction', title: `Read backwards: the other entity's “${localNameOf(group.property)}” relation points here` }, '←') : null,
    h('span', { class: 'count' }, String(group.facts.length))),
  h('ul', { class: 'fact-list' }, group.facts.map((fact) => factItem(fact, selfNames))))));
}

function factItem(fact, selfNames) {
  const other = fact.other;
  const otherNames = other ? [labelOf(other), ...asArray(other.altLabels)] : [];
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
        evidenceItem(evidence[0], selfNames, otherNames),
        evidence.length > 1 ? h('details', { class: 'more-evidence' },
          h('summary', {}, `${evidence.length - 1} more ${evidence.length === 2 ? 'source' : 'sources'}`),
          evidence.slice(1).map((e) => evidenceItem(e, selfNames, otherNames))) : null)
      : h('p', { class: 'muted' }, 'No evidence recorded.'));
}

function documentDate(evidence) {
  return evidence.documentDate || (evidence.document && typeof evidence.document === 'object' ? evidence.document.date : '');
}

/** A sentence with the mentions of both entities highlighted, and where it was read. */
export function evidenceItem(evidence, selfNames, otherNames) {
  const sentence = evidence.sentence || '';
  let spans;
  const mentions = asArray(evidence.mentions);
  if (mentions.length && Number.isInteger(evidence.begin)) {
    spans = mentions.map((m) => ({ begin: m.begin - evidence.begin, end: m.end - evidence.begin, name: m.anchor || '' }));
  } else {
    spans = [
      ...findNames(sentence, selfNames).map((s) => ({ ...s, role: 'self' })),
      ...findNames(sentence, otherNames).map((s) => ({ ...s, role: 'other' })),
    ];
  }
  const docId = documentId(evidence.document || evidence.documentId || evidence.doc);
  const confidence = Number(evidence.confidence);
  return h('figure', { class: 'evidence' },
    h('blockquote', { class: 'evidence-sentence' }, segment(sentence, spans).map((piece) => (piece.span
      ? h('mark', { class: `mention mention-${piece.span.role || 'other'}` }, piece.text)
      : piece.text))),
    h('figcaption', { class: 'evidence-meta' },
      docId ? h('a', { class: 'evidence-article', href: `#/article/${encodeURIComponent(docId)}${Number.isInteger(evidence.begin) ? `?at=${evidence.begin}` : ''}` },
        evidence.documentTitle || evidence.title || (evidence.document && evidence.document.title) || 'Source article') : null,
      documentDate(evidence) ? h('span', {}, formatDate(documentDate(evidence))) : null,
      Number.isFinite(confidence) ? h('span', { class: 'confidence', title: 'Extraction confidence' }, `${Math.round(confidence * 100)}% confidence`) : null,
      evidence.extractor ? h('span', { class: 'extractor', title: 'Extractor' }, evidence.extractor) : null));
}
