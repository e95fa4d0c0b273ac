import { h, clear, loading, errorState } from '../dom.js';
import { EXAMPLE_QUERIES } from '../queries.js';

/** The SPARQL editor (YASGUI) against this server's /sparql, with example questions beside it. */
export function renderSparql(main, params) {
  const editor = h('div', { class: 'yasgui-host' }, loading('Loading the editor…'));
  let yasgui = null;
  let disposed = false;

  const examples = h('ul', { class: 'example-list' }, EXAMPLE_QUERIES.map((example) => h('li', {},
    h('button', {
      type: 'button', class: 'example', dataset: { example: example.id },
      onclick: () => run(example),
    },
    h('span', { class: 'example-title' }, example.title),
    h('span', { class: 'example-description' }, example.description)))));

  main.appendChild(h('section', { class: 'page page-wide', 'aria-labelledby': 'page-title' },
    h('header', { class: 'page-header' },
      h('p', { class: 'eyebrow' }, 'SPARQL'),
      h('h1', { id: 'page-title' }, 'Query the graph'),
      h('p', { class: 'lead' }, 'The endpoint is ', h('code', {}, `${location.origin}/sparql`),
        '; any SPARQL 1.1 client can use it. Facts are in one named graph per article; the default graph is their union.')),
    h('div', { class: 'sparql-layout' },
      h('aside', { class: 'examples-panel', 'aria-labelledby': 'examples-title' },
        h('h2', { id: 'examples-title', class: 'section-title' }, 'Example questions'),
        examples),
      editor)));

  function run(example) {
    if (!yasgui) return;
    const tab = yasgui.getTab();
    tab.setQuery(example.query);
    for (const button of examples.querySelectorAll('.example')) {
      button.setAttribute('aria-pressed', button.dataset.example === example.id ? 'true' : 'false');
    }
    tab.query();
  }

  (async () => {
    try {
      const [{ default: Yasgui }] = await Promise.all([
        import('@zazuko/yasgui'),
        import('@zazuko/yasgui/build/yasgui.min.css'),
      ]);
      if (disposed) return;
      clear(editor);
      const endpoint = `${location.origin}/sparql`;
      yasgui = new Yasgui(editor, {
        requestConfig: { endpoint, method: 'POST' },
        copyEndpointOnNewTab: true,
        persistenceId: null,
        populateFromUrl: false,
        autofocus: false,
        endpointCatalogueOptions: { getData: () => [{ endpoint }] },
        yasqe: { persistenceId: null, autocompleters: ['variables', 'prefixes'] },
        yasr: { persistenceId: null },
      });
      const initial = EXAMPLE_QUERIES.find((e) => e.id === params.example) || EXAMPLE_QUERIES[0];
      yasgui.getTab().setQuery(initial.query);
      if (params.example) run(initial);
    } catch (error) {
      clear(editor);
      editor.appendChild(errorState(error));
    }
  })();

  return () => {
    disposed = true;
    if (yasgui) yasgui.destroy();
  };
}
