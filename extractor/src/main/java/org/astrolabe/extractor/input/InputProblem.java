package org.astrolabe.extractor.input;

/**
 * Something that could not be read: a file, or one line of a JSON Lines file.
 *
 * @param source the file name (or upload name) it came from
 * @param line   the 1-based line number for JSON Lines, 0 when the whole source is concerned
 * @param reason a one-line reason for people
 */
public record InputProblem(String source, int line, String reason) {
    @Override
    public String toString() {
        return (line > 0 ? source + ":" + line : source) + ": " + reason;
    }
}
