package org.astrolabe.core.store;

/** The store folder is held by another live process (TDB2 lets one process at a time open a folder). */
public final class StoreInUseException extends StoreException {
    private final long pid;

    public StoreInUseException(String message, long pid, Throwable cause) {
        super(message, cause);
        this.pid = pid;
    }

    /** The process that holds the store. */
    public long pid() {
        return pid;
    }
}
