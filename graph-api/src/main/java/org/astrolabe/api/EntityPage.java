package org.astrolabe.api;

/** A small self-contained HTML page describing one entity, for people who follow its IRI in a browser. */
final class EntityPage {
    private EntityPage() {}

    static String render(GraphReader.EntityView e) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(e.label()))
                .append(" - Astrolabe</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
                        + "td,th{padding:.3em .6em;text-align:left;vertical-align:top}blockquote{color:#444;margin:.2em 0}</style>"
                        + "</head><body>");
        html.append("<h1>").append(esc(e.label())).append("</h1><p><code>").append(esc(e.iri())).append("</code></p>");
        html.append("<p>Type: ").append(esc(e.type() == null ? "" : GraphReader.localName(e.type()))).append("</p>");
        if (!e.altLabels().isEmpty()) {
            html.append("<p>Also known as: ").append(esc(String.join(", ", e.altLabels()))).append("</p>");
        }
        for (String same : e.sameAs()) {
            html.append("<p>Same as: <a href=\"").append(esc(same)).append("\">").append(esc(same)).append("</a></p>");
        }
        html.append("<h2>Facts</h2><table><tr><th>Subject</th><th>Relation</th><th>Object</th><th>Evidence</th></tr>");
        for (GraphReader.FactView f : e.facts()) {
            String object = f.object().entity() != null ? f.object().entity().label() : f.object().value();
            html.append("<tr><td>").append(esc(f.subject().label())).append("</td><td>").append(esc(f.propertyName()))
                    .append("</td><td>").append(esc(object)).append("</td><td>");
            for (GraphReader.Evidence ev : f.evidence()) {
                html.append("<blockquote>").append(esc(ev.sentence() == null ? "" : ev.sentence())).append("</blockquote>");
                if (ev.document() != null) {
                    html.append("<small>").append(esc(ev.document().title() == null ? ev.document().iri() : ev.document().title()))
                            .append("</small>");
                }
            }
            html.append("</td></tr>");
        }
        html.append("</table><p>Also as <a href=\"?format=turtle\">Turtle</a> or <a href=\"?format=jsonld\">JSON-LD</a>.</p>");
        html.append("</body></html>");
        return html.toString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
