package org.astrolabe.core.store.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.astrolabe.core.model.Iris;

/**
 * Loads N-Quads (such as the Spark extraction job writes) into a TDB2 store, new or existing, with Jena's
 * bulk loader, keeping the store's rules:
 * <ul>
 *   <li>Article graphs are bulk-loaded. A graph the store already holds is left as it is and its quads from
 *       the files are skipped (the loader adds; replacing an article is {@code ingest}'s or {@code delete}'s
 *       job). Quads outside any named graph are skipped.</li>
 *   <li>The entities graph is merged after the articles, in one write transaction: an entity's label and
 *       types come from its first description (the store's, else the first file's, and the first label of
 *       that file); {@code owl:sameAs} links are always added.</li>
 * </ul>
 * Inputs are N-Quads files, gzipped or not ({@code .gz}), or folders of them (a Spark output folder: its
 * {@code part-*} files; names starting with {@code _} or {@code .} and {@code .crc} files are ignored).
 * The store must not be open in another process.
 */
public final class NQuadsBulkLoader {
    static {
        // Jena's vocabulary constants are only safe to touch once Jena has initialised itself.
        JenaSystem.init();
    }


    /** What a load did. */
    public record Report(int files, long articleGraphs, long articleQuads, long articlesAlreadyStored,
                         long entityQuads, long entityQuadsSkipped, long quadsOutsideGraphs) {}

    private final Path storeFolder;
    private final Node entitiesGraph;
    private final Consumer<String> progress;

    public NQuadsBulkLoader(Path storeFolder, Iris iris, Consumer<String> progress) {
        this.storeFolder = storeFolder;
        this.entitiesGraph = NodeFactory.createURI(iris.entitiesGraph());
        this.progress = progress;
    }

    public Report load(List<Path> inputs) {
        List<Path> files = expand(inputs);
        Path scratch;
        try {
            Files.createDirectories(storeFolder);
            scratch = Files.createTempDirectory("astrolabe-load");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the store folder " + storeFolder + ": " + e.getMessage(), e);
        }
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(storeFolder.toString());
        try {
            Set<Node> stored = Txn.calculateRead(dataset, () -> {
                Set<Node> graphs = new HashSet<>();
                dataset.listGraphNodes().forEachRemaining(graphs::add);
                return graphs;
            });
            ArticlePhase articles = loadArticles(dataset, files, stored, scratch);
            long[] entities = mergeEntities(dataset, articles.entityFiles);
            return new Report(files.size(), articles.graphs.size(), articles.quads, articles.skippedGraphs.size(),
                    entities[0], entities[1], articles.outside);
        } finally {
            TDBInternal.expel(dataset);
            deleteQuietly(scratch);
        }
    }

    /** Phase 1: article graphs through the bulk loader; entities-graph quads set aside per file, in order. */
    private ArticlePhase loadArticles(DatasetGraph dataset, List<Path> files, Set<Node> stored, Path scratch) {
        ArticlePhase phase = new ArticlePhase();
        DataLoader loader = LoaderFactory.createLoader(dataset, (fmt, args) -> progress.accept(String.format(fmt, args)));
        loader.startBulk();
        try {
            StreamRDF bulk = loader.stream();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                progress.accept("loading " + file);
                Path entityFile = scratch.resolve("entities-" + i + ".nq.gz");
                try (OutputStream entityOut = new GZIPOutputStream(Files.newOutputStream(entityFile))) {
                    StreamRDF entityWriter = StreamRDFWriter.getWriterStream(entityOut, Lang.NQUADS);
                    entityWriter.start();
                    parse(file, new StreamRDFBase() {
                        @Override
                        public void quad(Quad quad) {
                            Node graph = quad.getGraph();
                            if (graph == null || Quad.isDefaultGraph(graph)) {
                                phase.outside++;
                            } else if (graph.equals(entitiesGraph)) {
                                entityWriter.quad(quad);
                            } else if (stored.contains(graph)) {
                                phase.skippedGraphs.add(graph);
                            } else {
                                phase.graphs.add(graph);
                                phase.quads++;
                                bulk.quad(quad);
                            }
                        }

                        @Override
                        public void triple(Triple triple) {
                            phase.outside++;
                        }
                    });
                    entityWriter.finish();
                }
                phase.entityFiles.add(entityFile);
            }
            loader.finishBulk();
        } catch (IOException e) {
            loader.finishException(e);
            throw new UncheckedIOException("Cannot set entity descriptions aside: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return phase;
    }

    /** Phase 2: the entities graph, first description wins. Returns {added, skipped}. */
    private long[] mergeEntities(DatasetGraph dataset, List<Path> entityFiles) {
        progress.accept("merging entity descriptions");
        long[] counts = new long[2];
        Txn.executeWrite(dataset, () -> {
            Map<Node, Integer> describedBy = new HashMap<>();
            Set<Node> labelled = new HashSet<>();
            for (int i = 0; i < entityFiles.size(); i++) {
                int fileIndex = i;
                try (var in = new GZIPInputStream(Files.newInputStream(entityFiles.get(i)))) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                        @Override
                        public void quad(Quad quad) {
                            Node entity = quad.getSubject();
                            Node predicate = quad.getPredicate();
                            int owner = describedBy.computeIfAbsent(entity,
                                    e -> dataset.contains(entitiesGraph, e, RDFS.label.asNode(), Node.ANY) ? -1 : fileIndex);
                            boolean keep = predicate.equals(OWL.sameAs.asNode())
                                    || owner == fileIndex && (!predicate.equals(RDFS.label.asNode()) || labelled.add(entity));
                            if (keep) {
                                dataset.add(quad);
                                counts[0]++;
                            } else {
                                counts[1]++;
                            }
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return counts;
    }

    private static void parse(Path file, StreamRDF sink) {
        String name = file.getFileName().toString();
        try (var raw = Files.newInputStream(file); var in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + " is not N-Quads: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Files as given; folders as their data files, in name order. */
    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> listing = Files.list(input)) {
                    listing.filter(Files::isRegularFile).filter(NQuadsBulkLoader::isDataFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + input + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IllegalArgumentException("No such file or folder: " + input);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No N-Quads files in " + inputs);
        }
        return files;
    }

    private static boolean isDataFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("_") && !name.startsWith(".") && !name.endsWith(".crc");
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // only scratch files: the temp folder is cleaned by the system eventually
        }
    }

    private static final class ArticlePhase {
        final Set<Node> graphs = new HashSet<>();
        final Set<Node> skippedGraphs = new HashSet<>();
        final List<Path> entityFiles = new ArrayList<>();
        long quads;
        long outside;
    }
}
