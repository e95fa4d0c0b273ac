package org.astrolabe.bench.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.astrolabe.bench.workload.SyntheticResults;
import org.astrolabe.core.model.Iris;
import org.junit.jupiter.api.Test;

class QueryMixTest {

    @Test
    void everyKindParsesAndFindsAnswersInTheSyntheticData() throws Exception {
        SyntheticResults generator = new SyntheticResults(Iris.defaults(), 11, 300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.writeNQuads(400, Long.MAX_VALUE, Instant.EPOCH, out);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(dsg);
        Dataset union = DatasetFactory.wrap(DatasetGraphFactory.wrap(dsg.getUnionGraph()));

        QueryMix mix = new QueryMix(generator.entities());
        Set<String> answered = new HashSet<>();
        for (long i = 0; i < 40; i++) {
            String query = mix.query(i);
            QueryFactory.create(query);
            try (QueryExecution qe = QueryExecution.create(query, union)) {
                if (qe.execSelect().hasNext()) {
                    answered.add(QueryMix.CYCLE.get((int) (i % QueryMix.CYCLE.size())));
                }
            }
        }
        assertThat(answered).containsExactlyInAnyOrder("lookup", "evidence", "two-hop", "text", "aggregate", "documents");
    }

    @Test
    void kindsFollowTheCycle() {
        assertThat(QueryMix.KINDS).containsExactly("lookup", "evidence", "two-hop", "text", "aggregate", "documents");
        assertThat(QueryMix.kind(0)).isEqualTo("lookup");
        assertThat(QueryMix.kind(7)).isEqualTo("text");
        assertThat(QueryMix.kind(19)).isEqualTo("documents");
    }

    @Test
    void literalsAreEscaped() {
        assertThat(QueryMix.literal("Chang'e \"8\"")).isEqualTo("\"Chang'e \\\"8\\\"\"");
    }
}
