package org.astrolabe.spark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.astrolabe.extractor.ArticleExtractor;

/**
 * One extractor per JVM (per Spark executor), built on first use: loading CoreNLP's models takes tens of
 * seconds and gigabytes, so every task of an executor shares the one instance (extractors are thread-safe).
 * The extractor is named by class so that only a string travels with the job: a class with a static
 * {@code shared()} method returning its per-JVM instance, or else a public no-argument constructor.
 */
final class SharedExtractor {
    private static final Map<String, ArticleExtractor> BY_CLASS = new ConcurrentHashMap<>();

    private SharedExtractor() {}

    static ArticleExtractor get(String className) {
        return BY_CLASS.computeIfAbsent(className, SharedExtractor::create);
    }

    private static ArticleExtractor create(String className) {
        try {
            Class<?> type = Class.forName(className);
            if (!ArticleExtractor.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(className + " is not an ArticleExtractor");
            }
            try {
                Method shared = type.getMethod("shared");
                if (Modifier.isStatic(shared.getModifiers()) && ArticleExtractor.class.isAssignableFrom(shared.getReturnType())) {
                    return (ArticleExtractor) shared.invoke(null);
                }
            } catch (NoSuchMethodException e) {
                // fall through to the constructor
            }
            return (ArticleExtractor) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("No extractor class " + className + " on the classpath", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot build the extractor " + className + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(className + " has neither a static shared() method nor a public no-argument constructor", e);
        }
    }
}
