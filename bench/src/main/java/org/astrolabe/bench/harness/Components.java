package org.astrolabe.bench.harness;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.astrolabe.extractor.ArticleExtractor;

/**
 * Finds Astrolabe's extractor implementation by class name, so the harness builds and runs (reporting the
 * extractor as absent) against a version of the project where it is not there yet; the harness uses the
 * {@link ArticleExtractor} contract only.
 */
public final class Components {
    public static final String CORENLP_EXTRACTOR = "org.astrolabe.extractor.CoreNlpExtractor";

    private Components() {}

    /** Thrown when an implementation is not part of this build. */
    public static final class Missing extends Exception {
        public Missing(String message) {
            super(message);
        }
    }

    /** The extractor's shared instance: a public static no-argument method returning it, else a public constructor. */
    public static ArticleExtractor sharedExtractor() throws Missing {
        Class<?> type = find(CORENLP_EXTRACTOR);
        try {
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && ArticleExtractor.class.isAssignableFrom(m.getReturnType())) {
                    return (ArticleExtractor) m.invoke(null);
                }
            }
            return (ArticleExtractor) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new Missing(CORENLP_EXTRACTOR + " has neither a shared instance nor a public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    private static Class<?> find(String name) throws Missing {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new Missing(name.substring(name.lastIndexOf('.') + 1) + " is not in this build");
        }
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
