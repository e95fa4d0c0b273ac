package org.astrolabe.core.store;

/**
 * A store could not be opened or could not do what was asked. The message is one line meant for the user
 * (it names the store and the reason); the cause, if any, is for debugging.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
