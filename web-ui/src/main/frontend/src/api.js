// Every call to the graph API goes through here, so errors look the same everywhere.

const TOKEN_KEY = 'astrolabe.token';

export class ApiError extends Error {
  constructor(status, message, detail, retryAfter) {
    super(message);
    this.status = status;
    this.detail = detail;
    this.retryAfter = retryAfter;
  }
}

export function storedToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || '';
  } catch {
    return '';
  }
}

export function storeToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage can be disabled; the token then lives only in the form field.
  }
}

async function errorFrom(response) {
  let message = `${response.status} ${response.statusText || 'error'}`;
  let detail = '';
  try {
    const text = await response.text();
    try {
      const body = JSON.parse(text);
      message = body.error || body.message || message;
      detail = body.detail || '';
    } catch {
      if (text && text.length < 500) detail = text.trim();
    }
  } catch {
    // The body could not be read; the status line is all there is.
  }
  const retry = Number.parseInt(response.headers.get('Retry-After') || '', 10);
  return new ApiError(response.status, message, detail, Number.isFinite(retry) ? retry : undefined);
}

export async function getJson(path, params = {}, { signal } = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The server cannot be reached', e.message);
  }
  if (!response.ok) throw await errorFrom(response);
  return response.json();
}

export async function send(method, path, { body, contentType, token, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (contentType) headers['Content-Type'] = contentType;
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(path, { method, headers, body, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The server cannot be reached', e.message);
  }
  if (!response.ok) throw await errorFrom(response);
  const text = await response.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return { raw: text };
  }
}

export const api = {
  search: (q, type, limit = 20, offset = 0, options) =>
    getJson('/api/entities', { q, type, limit, offset }, options),
  entity: (id) => getJson(`/api/entities/${encodeURIComponent(id)}`),
  neighbors: (id, depth = 1) => getJson(`/api/entities/${encodeURIComponent(id)}/neighbors`, { depth }),
  documents: (limit = 200, offset = 0) => getJson('/api/documents', { limit, offset }),
  document: (id) => getJson(`/api/documents/${encodeURIComponent(id)}`),
  stats: () => getJson('/api/stats'),
  sources: () => getJson('/api/sources'),
  reviewQueue: (limit = 20, offset = 0) => getJson('/api/review-queue', { limit, offset }),
};
