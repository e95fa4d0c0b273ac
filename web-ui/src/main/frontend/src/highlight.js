// Splits a text into plain runs and highlighted spans without ever building HTML from strings.

/**
 * Non-overlapping spans [{begin, end, ...data}] sorted by begin; where spans overlap, the earlier
 * (then longer) one wins.
 */
export function normaliseSpans(spans, length) {
  const valid = spans
    .filter((s) => Number.isInteger(s.begin) && Number.isInteger(s.end) && s.begin >= 0 && s.end > s.begin && s.end <= length)
    .sort((a, b) => a.begin - b.begin || b.end - a.end);
  const kept = [];
  let cursor = 0;
  for (const span of valid) {
    if (span.begin >= cursor) {
      kept.push(span);
      cursor = span.end;
    }
  }
  return kept;
}

/** Pieces of text: {text} for plain runs and {text, span} for highlighted ones. */
export function segment(text, spans) {
  const pieces = [];
  let cursor = 0;
  for (const span of normaliseSpans(spans, text.length)) {
    if (span.begin > cursor) pieces.push({ text: text.slice(cursor, span.begin) });
    pieces.push({ text: text.slice(span.begin, span.end), span });
    cursor = span.end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor) });
  return pieces;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Spans where any of the names occurs in the text as a whole word, case-insensitively; apostrophe
 * and dash variants match each other (Chang'e, Chang’e).
 */
export function findNames(text, names) {
  const spans = [];
  const unique = [...new Set(names.filter((n) => n && n.trim().length > 1).map((n) => n.trim()))]
    .sort((a, b) => b.length - a.length);
  for (const name of unique) {
    const pattern = escapeRegExp(name).replace(/['’‘]/g, "['’‘]").replace(/[-–—]/g, '[-–—]');
    const regex = new RegExp(`(^|[^\\p{L}\\p{N}])(${pattern})(?=$|[^\\p{L}\\p{N}])`, 'giu');
    let match;
    while ((match = regex.exec(text)) !== null) {
      const begin = match.index + match[1].length;
      spans.push({ begin, end: begin + match[2].length, name });
      if (regex.lastIndex === match.index) regex.lastIndex += 1;
    }
  }
  return spans;
}
