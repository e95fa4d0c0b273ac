// Example questions, written in the project's vocabulary; they run as they are against /sparql.

const PREFIXES = `PREFIX kg: <https://w3id.org/astrolabe/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
`;

export const EXAMPLE_QUERIES = [
  {
    id: 'suparco-agreements',
    title: 'Which agreements did SUPARCO sign, with whom and when?',
    description: 'Agreements with SUPARCO as a party, the other parties and the signing date.',
    query: `${PREFIXES}
SELECT DISTINCT (STR(?dealLabel) AS ?agreement) (STR(?otherLabel) AS ?partner) ?signedOn WHERE {
  ?suparco rdfs:label|skos:altLabel ?name .
  FILTER(LCASE(STR(?name)) = "suparco")
  ?deal a kg:Agreement ;
        kg:party ?suparco .
  OPTIONAL { ?deal rdfs:label ?dealLabel }
  OPTIONAL {
    ?deal kg:party ?other .
    FILTER(?other != ?suparco)
    ?other rdfs:label ?otherLabel .
  }
  OPTIONAL { ?deal kg:signedOn ?date }
  BIND(STR(?date) AS ?signedOn)
}
ORDER BY ?signedOn ?agreement`,
  },
  {
    id: 'change-payloads',
    title: "Which payloads fly on Chang'e missions?",
    description: 'Payloads of every mission whose name starts with Chang’e, with who built them.',
    query: `${PREFIXES}
SELECT DISTINCT (STR(?payloadLabel) AS ?payload) (STR(?missionLabel) AS ?mission) (STR(?developerLabel) AS ?developer) WHERE {
  ?craft kg:payloadOf ?missionIri .
  ?missionIri rdfs:label ?missionLabel .
  FILTER(REGEX(STR(?missionLabel), "^chang.?e", "i"))
  OPTIONAL { ?craft rdfs:label ?payloadLabel }
  OPTIONAL { ?craft kg:developedBy ?builder . ?builder rdfs:label ?developerLabel }
}
ORDER BY ?mission ?payload`,
  },
  {
    id: 'leaders',
    title: 'Who leads what?',
    description: 'People and the organisations or countries they lead, with their title where known.',
    query: `${PREFIXES}
SELECT DISTINCT (STR(?personLabel) AS ?person) (STR(?role) AS ?title) (STR(?ledLabel) AS ?leads) WHERE {
  ?personIri kg:leaderOf ?led ;
             rdfs:label ?personLabel .
  ?led rdfs:label ?ledLabel .
  OPTIONAL { ?personIri kg:title ?role }
}
ORDER BY ?leads ?person`,
  },
  {
    id: 'evidence',
    title: 'Which facts are best supported?',
    description: 'Every extracted fact with its sentence, article and confidence, most confident first.',
    query: `${PREFIXES}
SELECT (STR(?subjectLabel) AS ?subjectName) ?relation (STR(?objectLabel) AS ?objectName) ?confidence ?sentence (STR(?title) AS ?articleTitle) WHERE {
  ?fact a kg:Fact ;
        rdf:subject ?subject ;
        rdf:predicate ?property ;
        rdf:object ?object ;
        kg:sentence ?sentence ;
        kg:document ?article .
  OPTIONAL { ?fact kg:confidence ?confidence }
  OPTIONAL { ?subject rdfs:label ?subjectLabel }
  OPTIONAL { ?object rdfs:label ?objectLabel }
  OPTIONAL { ?article dcterms:title ?title }
  BIND(STRAFTER(STR(?property), STR(kg:)) AS ?relation)
}
ORDER BY DESC(?confidence)
LIMIT 100`,
  },
  {
    id: 'classes',
    title: 'What kinds of entities does the graph hold?',
    description: 'The number of entities of each class.',
    query: `${PREFIXES}
SELECT ?class (COUNT(DISTINCT ?entity) AS ?entities) WHERE {
  ?entity a kg:Entity ;
          a ?type .
  FILTER(STRSTARTS(STR(?type), STR(kg:)) && ?type != kg:Entity)
  BIND(STRAFTER(STR(?type), STR(kg:)) AS ?class)
}
GROUP BY ?class
ORDER BY DESC(?entities)`,
  },
];
