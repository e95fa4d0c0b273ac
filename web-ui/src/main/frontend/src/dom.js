// A tiny element builder: h('a', {href: '#/'}, 'text', child). Strings become text nodes, never HTML.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else if (child instanceof Node) element.appendChild(child);
    else element.appendChild(document.createTextNode(String(child)));
  }
}

export function clear(element) {
  while (element.firstChild) element.removeChild(element.firstChild);
  return element;
}

export function announce(message) {
  const live = document.getElementById('live-status');
  if (live) live.textContent = message;
}

export function loading(text = 'Loading…') {
  return h('div', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

export function emptyState(title, text, ...actions) {
  return h('div', { class: 'state state-empty' }, h('p', { class: 'state-title' }, title), text ? h('p', {}, text) : null, ...actions);
}

const TITLES = {
  0: 'The server cannot be reached',
  400: 'The request was not accepted',
  401: 'An access token is needed',
  403: 'Not allowed',
  404: 'Not found',
  413: 'Too large',
  503: 'The service is not ready',
};

/** An error box: a title from the status, the server's explanation, and a retry button when useful. */
export function errorState(error, retry) {
  const status = error && error.status;
  const title = TITLES[status] || (status >= 500 ? 'The server failed' : 'Something went wrong');
  const message = (error && error.message) || String(error);
  const detail = error && error.detail;
  return h('div', { class: 'state state-error', role: 'alert' },
    h('p', { class: 'state-title' }, title),
    h('p', {}, detail || message),
    detail && message && message !== detail ? h('p', { class: 'state-detail' }, status ? `${status} ${message}` : message) : null,
    retry ? h('button', { type: 'button', class: 'button', onclick: retry }, 'Try again') : null);
}
