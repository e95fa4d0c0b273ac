"""Drives a running Astrolabe server with Python's common SPARQL clients, used as their documentation shows.

Usage: python3 sparql_clients.py BASE_URL TOKEN

BASE_URL is the server's root (http://127.0.0.1:PORT); TOKEN its write token. The server holds the sample
articles of the Java tests: the agencies SUPARCO and CMSA, an agreement between them, the entities graph.

Prints one JSON object per check on its own line: {"check": name, "ok": true|false, "detail": text}. A check
fails on an exception, on a wrong answer, and on any warning SPARQLWrapper gives while converting a response
(it warns when the Content-Type is not one it expects for the format it asked for).
"""

import csv
import io
import json
import sys
import traceback
import urllib.error
import urllib.request
import warnings

from SPARQLWrapper import SPARQLWrapper, GET, POST, URLENCODED, POSTDIRECTLY
from SPARQLWrapper import JSON, XML, CSV, TSV, N3, TURTLE, RDF, RDFXML, JSONLD
from SPARQLWrapper.SPARQLExceptions import Unauthorized
import rdflib
from rdflib import ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

BASE, TOKEN = sys.argv[1].rstrip("/"), sys.argv[2]
SPARQL, UPDATE, DATA = BASE + "/sparql", BASE + "/update", BASE + "/data"

KG = "https://w3id.org/astrolabe/ontology#"
RES = "https://w3id.org/astrolabe/resource/"
SUPARCO = URIRef(RES + "suparco")
ENTITIES = RES + "graph/entities"
PREFIXES = "PREFIX kg: <%s> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" % KG
PARTIES = PREFIXES + "SELECT ?name WHERE { ?a a kg:Agreement ; kg:party ?p . ?p rdfs:label ?name } ORDER BY ?name"
CONSTRUCT = PREFIXES + "CONSTRUCT { ?a kg:party ?p } WHERE { ?a kg:party ?p }"
DESCRIBE = "DESCRIBE <%s>" % SUPARCO

# The three ways SPARQLWrapper sends a query: GET, a form POST, the query as the POST body.
SENDING = {"GET": (GET, URLENCODED), "POST form": (POST, URLENCODED), "POST direct": (POST, POSTDIRECTLY)}


def report(name, ok, detail=""):
    print(json.dumps({"check": name, "ok": ok, "detail": detail}), flush=True)


def check(name):
    """Runs the decorated function as one check: it passes unless it raises."""
    def run(function):
        try:
            detail = function()
            report(name, True, detail or "")
        except Exception:  # every failure is reported, and the other checks still run
            report(name, False, traceback.format_exc(limit=4))
        return function
    return run


def converted(wrapper):
    """SPARQLWrapper's query().convert(), failing on the warnings it gives for an unexpected Content-Type."""
    result = wrapper.query()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = result.convert()
    complaints = [str(w.message) for w in caught if issubclass(w.category, (RuntimeWarning, SyntaxWarning))]
    if complaints:
        raise AssertionError("SPARQLWrapper warned while converting (Content-Type %s): %s"
                             % (result.info().get("content-type"), complaints))
    return value, result.info().get("content-type")


def wrapper(query, return_format, sending):
    method, request_method = SENDING[sending]
    w = SPARQLWrapper(SPARQL)
    w.setQuery(query)
    w.setReturnFormat(return_format)
    w.setMethod(method)
    w.setRequestMethod(request_method)
    return w


def names_in_csv(text):
    rows = list(csv.reader(io.StringIO(text.decode("utf-8"))))
    assert rows[0] == ["name"], rows[0]
    return [row[0] for row in rows[1:]]


def names_in_tsv(text):
    """TSV cells are RDF terms: a literal is written as in Turtle, "SUPARCO"@en."""
    lines = text.decode("utf-8").splitlines()
    assert lines[0] == "?name", lines[0]
    return [line.split("\t")[0].split('"')[1] for line in lines[1:]]


def expect_parties(names):
    assert names == ["CMSA", "SUPARCO"], names


def as_graph(value, content_type, rdflib_format):
    """A converted CONSTRUCT/DESCRIBE result as an rdflib graph: SPARQLWrapper gives Turtle/N3 as bytes."""
    if isinstance(value, (bytes, str)):
        graph = Graph()
        graph.parse(data=value, format=rdflib_format)
        return graph
    assert isinstance(value, Graph), type(value)
    return value


# ---- SPARQLWrapper: SELECT and ASK in every results format, each way of sending ----

for sending in SENDING:
    @check("SPARQLWrapper SELECT JSON, " + sending)
    def _():
        value, _ = converted(wrapper(PARTIES, JSON, sending))
        expect_parties([b["name"]["value"] for b in value["results"]["bindings"]])

    @check("SPARQLWrapper SELECT XML, " + sending)
    def _():
        value, _ = converted(wrapper(PARTIES, XML, sending))
        expect_parties([n.firstChild.data for n in value.getElementsByTagName("literal")])

    @check("SPARQLWrapper SELECT CSV, " + sending)
    def _():
        value, _ = converted(wrapper(PARTIES, CSV, sending))
        expect_parties(names_in_csv(value))

    @check("SPARQLWrapper SELECT TSV, " + sending)
    def _():
        value, _ = converted(wrapper(PARTIES, TSV, sending))
        expect_parties(names_in_tsv(value))

    @check("SPARQLWrapper ASK JSON, " + sending)
    def _():
        value, _ = converted(wrapper("ASK { ?s a <%sSpaceAgency> }" % KG, JSON, sending))
        assert value["boolean"] is True, value
        value, _ = converted(wrapper("ASK { <http://example.org/none> ?p ?o }", JSON, sending))
        assert value["boolean"] is False, value

    @check("SPARQLWrapper ASK XML, " + sending)
    def _():
        value, _ = converted(wrapper("ASK { ?s a <%sSpaceAgency> }" % KG, XML, sending))
        assert value.getElementsByTagName("boolean")[0].firstChild.data == "true", value.toxml()

    for label, return_format in (("CSV", CSV), ("TSV", TSV)):
        @check("SPARQLWrapper ASK %s, %s" % (label, sending))
        def _():
            value, _ = converted(wrapper("ASK { ?s a <%sSpaceAgency> }" % KG, return_format, sending))
            assert value.decode("utf-8").split()[-1] == "true", value

# ---- SPARQLWrapper: CONSTRUCT and DESCRIBE in every RDF format it offers ----

# SPARQLWrapper's RDF formats, and the rdflib parser for what convert() leaves as text.
RDF_FORMATS = {"N3": (N3, "n3"), "Turtle": (TURTLE, "turtle"), "XML": (XML, None), "RDF/XML": (RDFXML, None),
               "RDF": (RDF, None), "JSON-LD": (JSONLD, None)}

for sending in SENDING:
    for label, (return_format, rdflib_format) in RDF_FORMATS.items():
        for form, query in (("CONSTRUCT", CONSTRUCT), ("DESCRIBE", DESCRIBE)):
            @check("SPARQLWrapper %s %s, %s" % (form, label, sending))
            def _():
                value, content_type = converted(wrapper(query, return_format, sending))
                graph = as_graph(value, content_type, rdflib_format)
                assert len(graph) > 0, "empty graph"
                assert (None, None, SUPARCO) in graph or (SUPARCO, None, None) in graph, graph.serialize(format="nt")
                return content_type

    # N-Triples is no return format of SPARQLWrapper; a client asks for it by Accept alone (its N3 family).
    for form, query in (("CONSTRUCT", CONSTRUCT), ("DESCRIBE", DESCRIBE)):
        @check("SPARQLWrapper %s N-Triples by Accept, %s" % (form, sending))
        def _():
            w = wrapper(query, N3, sending)
            w.setOnlyConneg(True)
            w.addCustomHttpHeader("Accept", "application/n-triples")
            value, content_type = converted(w)
            assert content_type.startswith("application/n-triples"), content_type
            graph = as_graph(value, content_type, "nt")
            assert len(graph) > 0
            return content_type

# ---- SPARQLWrapper: updates ----

for sending, request_method in (("POST form", URLENCODED), ("POST direct", POSTDIRECTLY)):
    @check("SPARQLWrapper UPDATE with the token, " + sending)
    def _():
        graph = "http://example.org/python/wrapper-" + request_method
        w = SPARQLWrapper(SPARQL, updateEndpoint=UPDATE)
        w.setMethod(POST)
        w.setRequestMethod(request_method)
        w.addCustomHttpHeader("Authorization", "Bearer " + TOKEN)
        w.setQuery('INSERT DATA { GRAPH <%s> { <http://example.org/a> <http://example.org/p> "%s" } }' % (graph, request_method))
        w.query()
        ask = wrapper('ASK { GRAPH <%s> { ?s ?p "%s" } }' % (graph, request_method), JSON, "GET")
        assert converted(ask)[0]["boolean"] is True

@check("SPARQLWrapper UPDATE without the token is refused")
def _():
    w = SPARQLWrapper(SPARQL, updateEndpoint=UPDATE)
    w.setMethod(POST)
    w.setQuery("CLEAR ALL")
    try:
        w.query()
    except Unauthorized:
        return
    raise AssertionError("no 401")

# ---- rdflib: SPARQLStore (queries) and SPARQLUpdateStore (writes) ----

for method in ("GET", "POST", "POST_FORM"):
    for return_format in ("xml", "json", "csv", "tsv"):
        @check("rdflib SPARQLStore SELECT %s, %s" % (return_format, method))
        def _():
            store = SPARQLStore(SPARQL, returnFormat=return_format, method=method)
            rows = ConjunctiveGraph(store).query(PARTIES)
            expect_parties([str(row.name) for row in rows])

    @check("rdflib SPARQLStore ASK, CONSTRUCT, DESCRIBE, " + method)
    def _():
        graph = ConjunctiveGraph(SPARQLStore(SPARQL, method=method))
        assert graph.query("ASK { ?s a <%sSpaceAgency> }" % KG).askAnswer is True
        parties = graph.query(CONSTRUCT).graph
        assert len(parties) == 2, len(parties)
        described = graph.query(DESCRIBE).graph
        assert (SUPARCO, None, None) in described

@check("rdflib SPARQLStore graph API over one named graph")
def _():
    entities = Graph(SPARQLStore(SPARQL), identifier=URIRef(ENTITIES))
    labels = set(entities.objects(SUPARCO, rdflib.RDFS.label))
    assert Literal("SUPARCO", lang="en") in labels or Literal("SUPARCO") in labels, labels
    assert len(entities) > 0

@check("rdflib SPARQLUpdateStore add, update, remove with the token")
def _():
    store = SPARQLUpdateStore(SPARQL, UPDATE, headers={"Authorization": "Bearer " + TOKEN})
    notes = Graph(store, identifier=URIRef("http://example.org/python/rdflib-notes"))
    triple = (URIRef("http://example.org/n1"), URIRef("http://example.org/says"), Literal("one"))
    notes.add(triple)
    assert triple in notes
    notes.update('INSERT DATA { <http://example.org/n2> <http://example.org/says> "two" }')
    assert len(notes) == 2, len(notes)
    notes.remove(triple)
    assert triple not in notes and len(notes) == 1

# ---- Graph store reads: one graph, the default graph, the whole dataset, the export dumps ----

def fetch(url, accept=None):
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(request) as response:
        return response.read(), response.headers.get("Content-Type")

for accept, rdflib_format in (("text/turtle", "turtle"), ("application/n-triples", "nt"),
                              ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"), ("text/n3", "n3")):
    @check("graph store GET of a graph as " + accept)
    def _():
        body, content_type = fetch(DATA + "?graph=" + urllib.parse.quote(ENTITIES, safe=""), accept)
        graph = Graph().parse(data=body, format=rdflib_format)
        assert (SUPARCO, None, None) in graph
        return content_type

for rdflib_format in ("xml", "n3", "turtle", "nt", "json-ld", None):
    @check("rdflib Graph.parse of a graph store URL, format %s" % rdflib_format)
    def _():
        graph = Graph().parse(DATA + "?graph=" + urllib.parse.quote(ENTITIES, safe=""), format=rdflib_format)
        assert (SUPARCO, None, None) in graph

@check("graph store GET of the default graph (the union)")
def _():
    body, _ = fetch(DATA + "?default", "application/n-triples")
    graph = Graph().parse(data=body, format="nt")
    assert (None, None, SUPARCO) in graph

for url, accept, rdflib_format in ((DATA, None, "nquads"), (DATA, "application/trig", "trig"),
                                   (BASE + "/api/export", None, "nquads"), (BASE + "/api/export?format=trig", None, "trig")):
    @check("dump %s%s" % (url[len(BASE):], "" if accept is None else " as " + accept))
    def _():
        body, content_type = fetch(url, accept)
        dataset = ConjunctiveGraph()
        dataset.parse(data=body, format=rdflib_format)
        contexts = {str(c.identifier) for c in dataset.contexts()}
        assert ENTITIES in contexts, contexts
        return content_type
