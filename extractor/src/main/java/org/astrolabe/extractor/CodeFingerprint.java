package org.astrolabe.extractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A digest of the extractor's compiled classes, so that the extractor version changes with its code and not
 * only with its rule and gazetteer files: a new release that changes a stage in Java makes stored articles
 * count as extracted by another version (and re-extracted by {@code ingest}). Read once per JVM from the jar or
 * class folder the extractor is loaded from; entries are digested by name and content, not by time stamp.
 */
final class CodeFingerprint {
    private static final String PACKAGE_PATH = "org/astrolabe/extractor/";
    private static volatile byte[] digest;

    private CodeFingerprint() {
    }

    static byte[] ofExtractorClasses() {
        byte[] d = digest;
        if (d == null) {
            d = compute();
            digest = d;
        }
        return d.clone();
    }

    private static byte[] compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path location = Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                List<Path> classes;
                try (Stream<Path> files = Files.walk(location.resolve(PACKAGE_PATH))) {
                    classes = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
                }
                for (Path f : classes) {
                    sha.update(location.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(f));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    List<JarEntry> classes = new ArrayList<>();
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        if (entry.getName().startsWith(PACKAGE_PATH) && entry.getName().endsWith(".class")) {
                            classes.add(entry);
                        }
                    }
                    classes.sort(java.util.Comparator.comparing(JarEntry::getName));
                    for (JarEntry entry : classes) {
                        sha.update(entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(entry)) {
                            sha.update(in.readAllBytes());
                        }
                    }
                }
            }
            return sha.digest();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the extractor's classes for its version", e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
