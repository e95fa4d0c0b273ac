import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, findNames, normaliseSpans } from '../src/highlight.js';

test('segment keeps every character and marks the spans', () => {
  const text = 'SUPARCO signed an agreement with CMSA.';
  const pieces = segment(text, [{ begin: 33, end: 37 }, { begin: 0, end: 7 }]);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  assert.deepEqual(pieces.filter((p) => p.span).map((p) => p.text), ['SUPARCO', 'CMSA']);
});

test('overlapping and out-of-range spans are dropped, the earlier longer one wins', () => {
  const kept = normaliseSpans([{ begin: 0, end: 10 }, { begin: 5, end: 12 }, { begin: 0, end: 4 }, { begin: 30, end: 40 }], 20);
  assert.deepEqual(kept, [{ begin: 0, end: 10 }]);
});

test('findNames matches whole words case-insensitively and apostrophe variants', () => {
  const text = 'Chang’e 8 will carry a rover; the cmsa said CMSAX is not CMSA.';
  const spans = findNames(text, ["Chang'e 8", 'CMSA']);
  const found = spans.map((s) => text.slice(s.begin, s.end)).sort();
  assert.deepEqual(found, ['CMSA', 'Chang’e 8', 'cmsa']);
});

test('findNames ignores empty and one-letter names', () => {
  assert.deepEqual(findNames('a b c', ['', 'a', ' ']), []);
});
