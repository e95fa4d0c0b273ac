package org.astrolabe.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes a whole TDB2 dataset as N-Quads from its indexes' node ids, the lines Jena's N-Quads writer
 * ({@code WriterStreamRDFPlain} with {@link NodeFormatterNT}) writes for {@code DatasetGraph.find()}: the
 * default graph's triples, then the quads of the named graphs in the order of the primary quad index (graph,
 * subject, predicate, object; {@code find()} returns them in subject order).
 * <p>
 * Why not {@code find()} and the writer: in graph order a graph's name, a subject and the few predicates come
 * back quad after quad, and {@code find()} decodes each of the four node ids of every quad through the node
 * table's cache and the writer formats (escapes) each node again. Here a node is decoded and formatted once
 * while it stays in a small direct-mapped table keyed by node id; every repeat is a copy of its UTF-8
 * bytes. Node ids are only meaningful inside one read transaction: the caller's.
 */
final class Tdb2NQuadsDump {
    /**
     * Slots of the formatted-node table (a few MB): the graph names, predicates, types and the entities many
     * graphs share stay in it; on the million-quad benchmark store 94% of the node positions are found there.
     */
    private static final int SLOTS = 1 << 16;
    private static final byte[] SPACE = {' '};
    private static final byte[] END = {' ', '.', '\n'};

    private final NodeFormatter formatter = new NodeFormatterNT();
    private final StringWriter scratch = new StringWriter(256);
    private final AWriter scratchWriter = IO.wrap(scratch);
    private final NodeId[] ids = new NodeId[SLOTS];
    private final byte[][] texts = new byte[SLOTS][];
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int filled;

    private Tdb2NQuadsDump(OutputStream out) {
        this.out = out;
    }

    /** Whether {@link #write} can write this dataset. */
    static boolean canWrite(DatasetGraph storage) {
        return TDBInternal.isTDB2(storage);
    }

    /**
     * Writes every triple of the default graph and every quad of the named graphs of {@code storage}, a TDB2
     * dataset, to {@code out} in UTF-8, inside the caller's read transaction; does not flush or close {@code out}.
     *
     * @return the number of lines (quads) written
     * @throws UncheckedIOException when {@code out} fails
     */
    static long write(DatasetGraph storage, OutputStream out) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(storage);
        Tdb2NQuadsDump dump = new Tdb2NQuadsDump(out);
        long count = dump.writeTable(tdb.getTripleTable().getNodeTupleTable())
                + dump.writeTable(tdb.getQuadTable().getNodeTupleTable());
        dump.drain();
        return count;
    }

    /** One table's rows: S P O for the triple table, G S P O for the quad table (the graph goes last in N-Quads). */
    private long writeTable(NodeTupleTable table) {
        // Below the node table's cache, which this table replaces; inline values are decoded from the id itself.
        NodeTable nodes = table.getNodeTable().baseNodeTable();
        boolean quads = table.getTupleLen() == 4;
        int first = quads ? 1 : 0;
        long count = 0;
        Iterator<Tuple<NodeId>> rows = table.findAll();
        try {
            while (rows.hasNext()) {
                Tuple<NodeId> row = rows.next();
                append(text(row.get(first), nodes));
                append(SPACE);
                append(text(row.get(first + 1), nodes));
                append(SPACE);
                append(text(row.get(first + 2), nodes));
                if (quads) {
                    append(SPACE);
                    append(text(row.get(0), nodes));
                }
                append(END);
                count++;
            }
        } finally {
            Iter.close(rows);
        }
        return count;
    }

    /** The N-Quads text of a node: from the table if the slot holds this id, else decoded, formatted and kept. */
    private byte[] text(NodeId id, NodeTable nodes) {
        int slot = (id.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(SLOTS));
        NodeId kept = ids[slot];
        // NodeId.equals compares the value bits only: an inline number and a pointer can share them.
        if (kept != null && kept.type() == id.type() && kept.equals(id)) {
            return texts[slot];
        }
        formatter.format(scratchWriter, id.isInline() ? NodeId.extract(id) : nodes.getNodeForNodeId(id));
        scratchWriter.flush();
        byte[] text = scratch.toString().getBytes(StandardCharsets.UTF_8);
        scratch.getBuffer().setLength(0);
        ids[slot] = id;
        texts[slot] = text;
        return text;
    }

    private void append(byte[] bytes) {
        if (bytes.length > buffer.length - filled) {
            drain();
            if (bytes.length > buffer.length) {
                writeOut(bytes, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, filled, bytes.length);
        filled += bytes.length;
    }

    private void drain() {
        writeOut(buffer, filled);
        filled = 0;
    }

    private void writeOut(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
