import { h, emptyState } from '../dom.js';

export function renderNotFound(main) {
  main.appendChild(h('section', { class: 'page' },
    emptyState('This page does not exist', 'The link may be out of date.',
      h('a', { class: 'button', href: '#/' }, 'Go to the entity search'))));
}
