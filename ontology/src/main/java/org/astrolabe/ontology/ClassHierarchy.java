package org.astrolabe.ontology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;

/** The ontology's class tree, read once from the Turtle, for asserting an entity's superclasses. */
public final class ClassHierarchy {
    private static final Map<String, String> PARENT = load();

    private ClassHierarchy() {}

    /** The class and each of its ontology superclasses up to {@code kg:Entity}, most specific first. */
    public static List<String> selfAndSuperclasses(String classIri) {
        List<String> chain = new ArrayList<>();
        for (String c = classIri; c != null && !chain.contains(c); c = PARENT.get(c)) {
            chain.add(c);
            if (!c.startsWith(KG.NS)) {
                break;
            }
        }
        return Collections.unmodifiableList(chain);
    }

    /** True if {@code classIri} is {@code ancestorIri} or one of its subclasses. */
    public static boolean isA(String classIri, String ancestorIri) {
        return selfAndSuperclasses(classIri).contains(ancestorIri);
    }

    private static Map<String, String> load() {
        Model model = Ontology.model();
        Map<String, String> parent = new HashMap<>();
        for (Statement st : model.listStatements(null, RDFS.subClassOf, (Resource) null).toList()) {
            if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                parent.put(st.getSubject().getURI(), st.getObject().asResource().getURI());
            }
        }
        return Map.copyOf(parent);
    }
}
