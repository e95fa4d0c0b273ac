package org.astrolabe.watch;

import java.util.Locale;

/** Where an item of a source stands, as recorded in the sources graph. */
public enum ItemState {
    /** Its article(s) are in the store. */
    STORED(true),
    /** Its text is already stored under another document (another URL): not stored again. */
    DUPLICATE(true),
    /** The keyword filter left it out. */
    FILTERED(true),
    /** The page holds no article text. */
    EMPTY(true),
    /** 404 or 410. */
    GONE(true),
    /** robots.txt forbids it. */
    FORBIDDEN(true),
    /** Of a refused content type, or too large. */
    REFUSED(true),
    /** Fetching or storing failed; tried again at the next polls, a few times. */
    FAILED(false);

    private final boolean settled;

    ItemState(boolean settled) {
        this.settled = settled;
    }

    /** True when the item is not fetched again unless the source says it changed. */
    public boolean settled() {
        return settled;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ItemState of(FetchResult.Outcome outcome) {
        return switch (outcome) {
            case GONE -> GONE;
            case FORBIDDEN_BY_ROBOTS -> FORBIDDEN;
            case REFUSED -> REFUSED;
            default -> FAILED;
        };
    }
}
