// Reads the API's JSON defensively: field names vary a little between endpoints and versions,
// so every view reads entities, facts and documents through these helpers.

const ENTITY_BASE_MARKERS = ['/resource/'];

/** The last segment of an IRI: after '#', else after the last '/', else after ':'. */
export function localName(iri) {
  if (!iri) return '';
  const text = String(iri);
  const hash = text.lastIndexOf('#');
  if (hash >= 0 && hash < text.length - 1) return text.slice(hash + 1);
  const slash = text.replace(/\/+$/, '').lastIndexOf('/');
  if (slash >= 0) return text.replace(/\/+$/, '').slice(slash + 1);
  const colon = text.lastIndexOf(':');
  return colon >= 0 ? text.slice(colon + 1) : text;
}

/** The id the REST API uses for an entity: its own `id`, else its IRI's path under the resource base. */
export function entityId(entity) {
  if (!entity) return '';
  if (typeof entity === 'string') return idFromIri(entity);
  if (entity.id) return String(entity.id);
  return idFromIri(entity.iri || entity.uri || '');
}

function idFromIri(iri) {
  for (const marker of ENTITY_BASE_MARKERS) {
    const at = iri.indexOf(marker);
    if (at >= 0) return iri.slice(at + marker.length);
  }
  return localName(iri);
}

/** The id the REST API uses for a document: its `id`, else the last segment of its IRI. */
export function documentId(doc) {
  if (!doc) return '';
  if (typeof doc === 'string') return localName(doc);
  if (doc.id) return String(doc.id);
  return localName(doc.iri || doc.document || doc.uri || '');
}

export function labelOf(entity) {
  if (!entity) return '';
  if (typeof entity === 'string') return humanise(localName(entity));
  return entity.label || entity.name || entity.title || humanise(localName(entity.iri || entity.id || ''));
}

function humanise(slug) {
  return decodeURIComponent(slug || '').replace(/[-_]+/g, ' ');
}

/** Class names without namespace: 'https://…#SpaceAgency', 'kg:SpaceAgency' and 'SpaceAgency' all give 'SpaceAgency'. */
export function typeName(type) {
  if (!type) return '';
  if (typeof type === 'object') return typeName(type.id || type.iri || type.label);
  return localName(type);
}

// Most specific first: an entity typed SpaceAgency, Organization and Entity shows as SpaceAgency.
const CLASS_ORDER = [
  'SpaceAgency', 'Company', 'ResearchInstitution', 'GovernmentBody', 'Organization',
  'Person',
  'Country', 'City', 'CelestialBody', 'CelestialSite', 'Place',
  'Mission', 'Satellite', 'Rover', 'SpaceStation', 'Spacecraft', 'LaunchVehicle',
  'Program', 'Agreement', 'Document', 'Entity',
];

/** The most specific known class among an entity's types. */
export function primaryType(entity) {
  if (!entity) return '';
  const raw = [].concat(entity.type || [], entity.types || []).map(typeName).filter(Boolean);
  if (raw.length === 0) return '';
  const known = raw.filter((t) => CLASS_ORDER.includes(t))
    .sort((a, b) => CLASS_ORDER.indexOf(a) - CLASS_ORDER.indexOf(b));
  if (known.length) return known[0];
  return raw.find((t) => !['Entity', 'Thing', 'NamedIndividual'].includes(t)) || raw[0];
}

const FAMILY = {
  Organization: ['SpaceAgency', 'Company', 'ResearchInstitution', 'GovernmentBody', 'Organization'],
  Person: ['Person'],
  Place: ['Country', 'City', 'CelestialBody', 'CelestialSite', 'Place'],
  Mission: ['Mission'],
  Spacecraft: ['Satellite', 'Rover', 'SpaceStation', 'Spacecraft', 'LaunchVehicle'],
  Program: ['Program'],
  Agreement: ['Agreement'],
};

const FAMILY_COLOURS = {
  Organization: '#2f5bd3',
  Person: '#c2410c',
  Place: '#15803d',
  Mission: '#7c3aed',
  Spacecraft: '#0e7490',
  Program: '#b45309',
  Agreement: '#be185d',
  Other: '#64748b',
};

export function familyOf(type) {
  const name = typeName(type);
  for (const [family, members] of Object.entries(FAMILY)) {
    if (members.includes(name)) return family;
  }
  return 'Other';
}

export function colourOf(type) {
  return FAMILY_COLOURS[familyOf(type)];
}

export const families = Object.keys(FAMILY_COLOURS).map((name) => ({ name, colour: FAMILY_COLOURS[name] }));

/** 'SpaceAgency' becomes 'Space agency'. */
export function typeLabel(type) {
  const name = typeName(type);
  if (!name) return 'Entity';
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// How a relation reads from its object's side: on CMSA's page, "Lin Xiqiang leaderOf CMSA" is "led by".
const INVERSE_LABELS = {
  party: 'party to', concerns: 'subject of', payloadOf: 'carries', developedBy: 'developed', operatedBy: 'operates',
  destination: 'destination of', launchVehicle: 'launched', launchSite: 'launch site of', participatesIn: 'participants',
  cooperatesWith: 'cooperates with', country: 'country of', headquarteredIn: 'headquarters of', locatedIn: 'contains',
  memberOf: 'members', leaderOf: 'led by', nationality: 'nationals', metWith: 'met with',
};

/** The label of a fact as read from the entity's page: incoming facts use the inverse wording. */
export function factLabel(fact) {
  if (fact.direction === 'in') {
    if (fact.inverseLabel) return fact.inverseLabel;
    const inverse = INVERSE_LABELS[localName(fact.property || fact.predicate || '')];
    if (inverse) return inverse;
  }
  return propertyLabel(fact);
}

/** 'leaderOf' becomes 'leader of'; an explicit label wins. */
export function propertyLabel(fact) {
  if (fact.propertyLabel) return fact.propertyLabel;
  const name = fact.propertyName || localName(fact.property || fact.predicate || '');
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function asArray(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Search results, whatever the envelope: {results}, {items}, {entities} or a bare array. */
export function searchResults(body) {
  if (Array.isArray(body)) return { total: body.length, results: body };
  const results = body.results || body.items || body.entities || [];
  return { total: Number.isFinite(body.total) ? body.total : results.length, results, facets: body.facets || body.types };
}

/** An entity's facts, the same statement read in several articles merged into one with all its evidence. */
export function factsOf(entity) {
  const merged = new Map();
  for (const fact of rawFacts(entity)) {
    const otherKey = fact.other ? entityId(fact.other) : `value:${fact.value}`;
    const key = `${fact.direction}|${fact.property || propertyLabel(fact)}|${otherKey}`;
    if (merged.has(key)) merged.get(key).evidence.push(...fact.evidence);
    else merged.set(key, fact);
  }
  return [...merged.values()];
}

// Relations that read the same both ways; their incoming and outgoing facts are one group.
const SYMMETRIC = new Set(['cooperatesWith', 'metWith']);

function rawFacts(entity) {
  return asArray(entity.facts).map((fact) => {
    const incoming = fact.direction === 'in' || fact.direction === 'incoming';
    const symmetric = SYMMETRIC.has(localName(fact.property || fact.predicate || ''));
    const direction = incoming && !symmetric ? 'in' : 'out';
    const ends = factEnds(fact);
    const other = fact.other || (incoming ? ends.subject : ends.object);
    return { ...fact, direction, other: other || null, value: ends.value, evidence: asArray(fact.evidence) };
  });
}

/**
 * A fact's subject, object entity and literal value, whether the object is a plain reference or the
 * API's {entity, value, datatype, lang} wrapper.
 */
export function factEnds(fact) {
  const object = fact.object;
  const wrapped = object && typeof object === 'object' && ('entity' in object || 'value' in object || 'datatype' in object);
  let entity = null;
  let value = fact.value !== undefined ? fact.value : fact.literal;
  if (wrapped) {
    entity = object.entity || null;
    if (value === undefined && object.value !== undefined && object.value !== null) value = object.value;
  } else if (object && typeof object === 'object') {
    entity = object;
  } else if (object !== undefined && object !== null && value === undefined) {
    value = object;
  }
  return { subject: fact.subject || null, object: entity, value };
}

export function formatDate(value) {
  if (!value) return '';
  const text = String(value);
  const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (full) {
    const date = new Date(Date.UTC(+full[1], +full[2] - 1, +full[3]));
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) {
    const date = new Date(Date.UTC(+month[1], +month[2] - 1, 1));
    return date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return text;
}

/** A watched source's health for the Sources page: 'failing' after a failed poll, 'waiting' before the first, else 'ok'. */
export function sourceHealth(source) {
  if (!source || !source.lastPoll) return 'waiting';
  return source.lastError ? 'failing' : 'ok';
}

/** The non-zero item counts of a source, largest first: [['stored', 12], ['failed', 1]]. */
export function itemCounts(source) {
  return Object.entries((source && source.items) || {})
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
