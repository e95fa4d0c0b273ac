package org.astrolabe.core.store;

import java.time.Instant;
import java.time.LocalDate;

/** An article's metadata as the store holds it. */
public record DocumentSummary(String iri, String title, LocalDate date, String url, String source,
                              String contentHash, Instant ingestedAt, String extractorVersion,
                              long facts, long quads) {}
