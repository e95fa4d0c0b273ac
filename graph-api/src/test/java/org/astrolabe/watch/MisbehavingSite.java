package org.astrolabe.watch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * A news site on loopback that misbehaves on purpose: a feed that changes between polls (with ETags), a
 * malformed feed, duplicate items under two URLs, redirects and a redirect loop, 404, 410, 429 then success,
 * a 500 that never heals, a page that never finishes, a 50 MB page, a PDF, a path robots.txt forbids, and a
 * page in ISO-8859-1. Every request is logged with its arrival time.
 */
final class MisbehavingSite implements AutoCloseable {
    /** One request as the server saw it. */
    record Hit(String path, long nanos) {}

    final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger generation = new AtomicInteger(1);
    final AtomicLong hugeBytesSent = new AtomicLong();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private volatile boolean stopping;
    private final Javalin app;

    MisbehavingSite() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.before(ctx -> {
                hits.add(new Hit(ctx.path(), System.nanoTime()));
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            });
            cfg.routes.after(ctx -> inFlight.decrementAndGet());
            cfg.routes.get("/robots.txt", ctx -> ctx.contentType("text/plain").result("User-agent: *\nDisallow: /private/\n"));
            cfg.routes.get("/feed.xml", this::feed);
            cfg.routes.get("/broken.xml", ctx -> ctx.contentType("application/rss+xml")
                    .result("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken</title><item><link>http://x/</link></chan"));
            cfg.routes.get("/a/{n}", ctx -> page(ctx, "/a/" + ctx.pathParam("n"), articleText(ctx.pathParam("n")), null));
            cfg.routes.get("/a-dup/1", ctx -> page(ctx, "/a-dup/1", articleText("1"), url("/a/1")));
            cfg.routes.get("/copy/2", ctx -> page(ctx, "/copy/2", articleText("2"), null));
            cfg.routes.get("/redirect/3", ctx -> ctx.redirect("/hop/3", io.javalin.http.HttpStatus.FOUND));
            cfg.routes.get("/hop/3", ctx -> ctx.redirect("/a/3", io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
            cfg.routes.get("/loop/1", ctx -> ctx.redirect("/loop/2", io.javalin.http.HttpStatus.FOUND));
            cfg.routes.get("/loop/2", ctx -> ctx.redirect("/loop/1", io.javalin.http.HttpStatus.FOUND));
            cfg.routes.get("/gone", ctx -> ctx.status(404).result("no"));
            cfg.routes.get("/gone410", ctx -> ctx.status(410).result("gone"));
            cfg.routes.get("/flaky", ctx -> {
                if (flakyCalls.incrementAndGet() == 1) {
                    ctx.status(429).header("Retry-After", "1").result("slow down");
                } else {
                    page(ctx, "/flaky", articleText("flaky"), null);
                }
            });
            cfg.routes.get("/error", ctx -> ctx.status(500).result("broken"));
            cfg.routes.get("/slow", this::neverFinishes);
            cfg.routes.get("/huge", this::huge);
            cfg.routes.get("/report.pdf", ctx -> ctx.contentType("application/pdf").result("%PDF-1.4 not an article"));
            cfg.routes.get("/private/secret", ctx -> page(ctx, "/private/secret", articleText("secret"), null));
            cfg.routes.get("/latin1", ctx -> {
                String html = "<html><head><meta charset=\"iso-8859-1\"><title>Accord à Montréal</title></head><body><article>"
                        + "<h1>Accord spatial signé à Montréal</h1><p>L'Agence spatiale canadienne a signé un accord à Montréal "
                        + "avec le Centre national d'études spatiales, a annoncé la ministre québécoise.</p></article></body></html>";
                ctx.contentType("text/html").result(html.getBytes(StandardCharsets.ISO_8859_1));
            });
        }).start("127.0.0.1", 0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    /** The text of article {@code n}; article 1 changes in generation 2. */
    String articleText(String n) {
        String changed = n.equals("1") && generation.get() > 1 ? " An update added that the launch slipped by a week." : "";
        return "The space agency of country " + n + " signed a cooperation agreement on a lunar mission numbered " + n
                + ". Officials said the mission would fly within three years." + changed;
    }

    private void page(Context ctx, String path, String text, String canonical) {
        String link = canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">";
        ctx.contentType("text/html; charset=utf-8").result("<html><head><title>Story " + path + "</title>" + link + "</head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + text.substring(0, text.indexOf(" signed")) + " signs</h1><p>" + text
                + "</p></article></body></html>");
    }

    private void feed(Context ctx) {
        int g = generation.get();
        String etag = "\"g" + g + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        StringBuilder items = new StringBuilder();
        for (String path : List.of("/a/1", "/a-dup/1", "/a/2", "/copy/2", "/redirect/3", "/loop/1", "/gone", "/gone410", "/flaky",
                "/error", "/slow", "/huge", "/report.pdf", "/private/secret", "/latin1")) {
            String updated = path.equals("/a/1") && g > 1 ? "Tue, 03 Jun 2025 10:00:00 GMT" : "Mon, 02 Jun 2025 09:30:00 GMT";
            items.append("<item><title>Item ").append(path).append("</title><link>").append(url(path)).append("</link><pubDate>")
                    .append(updated).append("</pubDate><description>About ").append(path)
                    .append(path.equals("/a/1") && g > 1 ? " (updated)" : "").append("</description></item>");
        }
        if (g > 1) {
            items.append("<item><title>Item 4</title><link>").append(url("/a/4")).append("</link></item>");
        }
        ctx.contentType("application/rss+xml; charset=utf-8").result("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\">"
                + "<channel><title>Misbehaving news</title><link>" + url("/") + "</link><description>test</description>" + items
                + "</channel></rss>");
    }

    private void neverFinishes(Context ctx) throws IOException, InterruptedException {
        ctx.contentType("text/html");
        OutputStream out = ctx.res().getOutputStream();
        out.write("<html><body><article><p>This page starts but never ends".getBytes(StandardCharsets.UTF_8));
        out.flush();
        for (int i = 0; i < 600 && !stopping; i++) {
            Thread.sleep(50);
        }
    }

    private void huge(Context ctx) {
        ctx.contentType("text/html");
        byte[] chunk = "<p>filler filler filler filler filler filler filler filler filler filler filler</p>\n".repeat(800)
                .getBytes(StandardCharsets.UTF_8);
        try {
            OutputStream out = ctx.res().getOutputStream();
            out.write("<html><body><article>".getBytes(StandardCharsets.UTF_8));
            long total = 50L * 1024 * 1024;
            for (long sent = 0; sent < total && !stopping; sent += chunk.length) {
                out.write(chunk);
                hugeBytesSent.addAndGet(chunk.length);
            }
            out.flush();
        } catch (IOException e) {
            // The client hung up past its size limit, as it should.
        }
    }

    List<String> paths() {
        synchronized (hits) {
            return hits.stream().map(Hit::path).toList();
        }
    }

    long count(String path) {
        return paths().stream().filter(path::equals).count();
    }

    @Override
    public synchronized void close() {
        if (stopping) {
            return;
        }
        stopping = true;
        app.stop();
    }
}
