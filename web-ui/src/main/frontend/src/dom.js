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

export function errorState(error, retry) {
  const status = error && error.status;
  let title = 'Something went wrong';
  if (status === 404) title = 'Not found';
  else if (status === 0) title = 'The server cannot be reached';
  else if (status === 503) title = 'The service is starting';
  return h('div', { class: 'state state-error', role: 'alert' },
    h('p', { class: 'state-title' }, title),
    h('p', {}, (error && error.message) || String(error)),
    error && error.detail ? h('p', { class: 'state-detail' }, error.detail) : null,
    retry ? h('button', { type: 'button', class: 'button', onclick: retry }, 'Try again') : null);
}
