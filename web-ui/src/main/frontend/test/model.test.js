import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  localName, entityId, documentId, primaryType, familyOf, typeLabel, propertyLabel, searchResults, factsOf, formatDate,
  sourceHealth, itemCounts,
} from '../src/model.js';

test('localName takes the part after # or the last /', () => {
  assert.equal(localName('https://w3id.org/astrolabe/ontology#SpaceAgency'), 'SpaceAgency');
  assert.equal(localName('https://w3id.org/astrolabe/resource/doc/abc123'), 'abc123');
  assert.equal(localName('kg:Country'), 'Country');
});

test('entity ids come from the id field or the path under the resource base', () => {
  assert.equal(entityId({ id: 'suparco', iri: 'https://x/resource/other' }), 'suparco');
  assert.equal(entityId({ iri: 'https://w3id.org/astrolabe/resource/suparco' }), 'suparco');
  assert.equal(documentId({ iri: 'https://w3id.org/astrolabe/resource/doc/4f2a' }), '4f2a');
});

test('the most specific known class wins', () => {
  assert.equal(primaryType({ types: ['kg:Entity', 'kg:Organization', 'kg:SpaceAgency'] }), 'SpaceAgency');
  assert.equal(primaryType({ type: 'https://w3id.org/astrolabe/ontology#City' }), 'City');
  assert.equal(familyOf('SpaceStation'), 'Spacecraft');
  assert.equal(typeLabel('ResearchInstitution'), 'Research institution');
});

test('property labels fall back to the split local name', () => {
  assert.equal(propertyLabel({ property: 'https://w3id.org/astrolabe/ontology#leaderOf' }), 'leader of');
  assert.equal(propertyLabel({ property: 'x', propertyLabel: 'party' }), 'party');
});

test('search envelopes are read whatever their field names', () => {
  assert.equal(searchResults({ total: 7, results: [{}] }).total, 7);
  assert.equal(searchResults([{}, {}]).total, 2);
  assert.equal(searchResults({ items: [{}] }).results.length, 1);
});

test('facts get a direction, an other side and an evidence list', () => {
  const [fact] = factsOf({ facts: [{ direction: 'incoming', property: 'kg:party', subject: { id: 'a' } }] });
  assert.equal(fact.direction, 'in');
  assert.equal(fact.other.id, 'a');
  assert.deepEqual(fact.evidence, []);
});

test('dates are shown as precisely as they are known', () => {
  assert.equal(formatDate('2025-02-28'), '28 Feb 2025');
  assert.equal(formatDate('2025-02'), 'February 2025');
  assert.equal(formatDate('2028'), '2028');
});

test('symmetric relations read the same from both ends and merge their evidence', () => {
  const facts = factsOf({ facts: [
    { direction: 'out', property: 'https://w3id.org/astrolabe/ontology#cooperatesWith', subject: { id: 'cmsa' }, object: { entity: { id: 'suparco' } }, evidence: [{ sentence: 'a' }] },
    { direction: 'in', property: 'https://w3id.org/astrolabe/ontology#cooperatesWith', subject: { id: 'suparco' }, object: { entity: { id: 'cmsa' } }, evidence: [{ sentence: 'b' }] },
  ] });
  assert.equal(facts.length, 1);
  assert.equal(facts[0].direction, 'out');
  assert.equal(facts[0].other.id, 'suparco');
  assert.deepEqual(facts[0].evidence.map((e) => e.sentence), ['a', 'b']);
});

test('incoming facts take their other end from the subject', () => {
  const [fact] = factsOf({ facts: [
    { direction: 'in', property: 'https://w3id.org/astrolabe/ontology#leaderOf', subject: { id: 'lin-xiqiang' }, object: { entity: { id: 'cmsa' } } },
  ] });
  assert.equal(fact.other.id, 'lin-xiqiang');
});

test('a source is waiting before its first poll, failing after a failed one', () => {
  assert.equal(sourceHealth({ lastPoll: null }), 'waiting');
  assert.equal(sourceHealth({ lastPoll: '2026-01-01T00:00:00Z', lastError: null }), 'ok');
  assert.equal(sourceHealth({ lastPoll: '2026-01-01T00:00:00Z', lastError: 'HTTP 500' }), 'failing');
});

test('item counts leave out empty states and put the largest first', () => {
  assert.deepEqual(itemCounts({ items: { stored: 3, duplicate: 0, failed: 1, gone: 1 } }), [['stored', 3], ['failed', 1], ['gone', 1]]);
  assert.deepEqual(itemCounts({}), []);
});
