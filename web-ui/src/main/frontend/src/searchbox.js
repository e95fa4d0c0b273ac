import { api } from './api.js';
import { h, clear } from './dom.js';
import { entityId, labelOf, primaryType, typeLabel, colourOf, searchResults, asArray } from './model.js';

const DEBOUNCE_MS = 160;

/** The header's search: suggestions as you type (a WAI-ARIA combobox), Enter for the full result list. */
export function installSearchBox(form) {
  const input = form.querySelector('input');
  const list = form.querySelector('[role=listbox]');
  let timer = null;
  let controller = null;
  let options = [];
  let active = -1;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', i === index ? 'true' : 'false'));
    if (index >= 0 && options[index]) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function show(results, total, query) {
    clear(list);
    options = results.map((entity, i) => {
      const type = primaryType(entity);
      const aliases = asArray(entity.altLabels).filter((a) => a !== labelOf(entity)).slice(0, 3);
      return h('li', {
        id: `suggestion-${i}`, role: 'option', class: 'suggestion', 'aria-selected': 'false',
        dataset: { id: entityId(entity) },
        onmousedown: (event) => { event.preventDefault(); open(i); },
      },
      h('span', { class: 'dot', style: `background:${colourOf(type)}`, 'aria-hidden': 'true' }),
      h('span', { class: 'suggestion-text' },
        h('span', { class: 'suggestion-label' }, labelOf(entity)),
        aliases.length ? h('span', { class: 'suggestion-aliases' }, aliases.join(' · ')) : null),
      h('span', { class: 'suggestion-type' }, typeLabel(type)));
    });
    for (const option of options) list.appendChild(option);
    if (options.length === 0) {
      list.appendChild(h('li', { class: 'suggestion-empty', role: 'presentation' }, `No entity matches “${query}”`));
    } else if (total > options.length) {
      list.appendChild(h('li', { class: 'suggestion-more', role: 'presentation' }, `Enter to see all ${total} results`));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  }

  function open(index) {
    const id = options[index] && options[index].dataset.id;
    close();
    if (id) location.hash = `#/entity/${encodeURIComponent(id)}`;
  }

  async function suggest() {
    const query = input.value.trim();
    if (controller) controller.abort();
    if (query.length === 0) { close(); return; }
    controller = new AbortController();
    try {
      const body = await api.search(query, '', 8, 0, { signal: controller.signal });
      const { results, total } = searchResults(body);
      if (input.value.trim() === query) show(results, total, query);
    } catch (error) {
      if (error.name !== 'AbortError') {
        clear(list);
        list.appendChild(h('li', { class: 'suggestion-empty', role: 'presentation' }, `Search failed: ${error.message}`));
        list.hidden = false;
      }
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      if (list.hidden) list.hidden = false;
      highlight((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      open(active);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    close();
    location.hash = query ? `#/search?q=${encodeURIComponent(query)}` : '#/';
  });
}
