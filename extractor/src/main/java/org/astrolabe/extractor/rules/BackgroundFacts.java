package org.astrolabe.extractor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.astrolabe.extractor.gazetteer.Gazetteer;
import org.astrolabe.extractor.gazetteer.GazetteerEntry;
import org.astrolabe.extractor.gazetteer.Names;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.ontology.KG;

/**
 * Statements that follow from what the article names rather than from one sentence's wording: the
 * gazetteer's background facts between two entities the article names (SUPARCO's country is Pakistan),
 * a country in an organisation's name ("Pakistan Space Center"), a spacecraft's country taking part in
 * the mission that carries it, and the ownership that possessive descriptions state.
 * Each fact's evidence is the sentence of the subject's first mention. Stateless and thread-safe.
 */
public final class BackgroundFacts {
    private final Gazetteer gazetteer;

    public BackgroundFacts(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<RawFact> derive(ResolvedArticle article, List<RawFact> stated) {
        List<RawFact> out = new ArrayList<>();
        for (ResolvedArticle.ImpliedFact f : article.impliedFacts()) {
            ArticleEntity s = article.entity(f.subjectId());
            ArticleEntity o = article.entity(f.objectId());
            if (s != null && o != null && PropertySignatures.allowsSubject(f.property(), s.classIri())
                    && PropertySignatures.allowsObject(f.property(), o.classIri())) {
                out.add(RawFact.relation(s.id(), f.property(), o.id(), f.sentence(), "rule:" + f.rule(), 0.8));
            }
        }
        for (ArticleEntity e : article.entities()) {
            Optional<EntityMention> first = firstNameMention(article, e);
            if (first.isEmpty()) {
                continue;
            }
            int sentence = first.get().sentence();
            GazetteerEntry entry = e.gazetteer();
            if (entry != null) {
                // Background knowledge the articles state by naming alone: an agency's or a station's country,
                // a mission's operator; an institute's or a company's country must be said.
                boolean site = e.isA(KG.Place.getURI()) && !e.isA(KG.Spacecraft.getURI());
                // A town or region lies in its country as a fact of the article only when the article says so
                // near it ("Hefei, in eastern China"); a launch centre's country goes with its name.
                boolean townOrRegion = site && !FACILITY.matcher(e.label()).find();
                if ((e.isA(KG.SpaceAgency.getURI()) || e.isA(KG.GovernmentBody.getURI()) || e.isA(KG.Spacecraft.getURI()) || site)
                        && !(site && placedInARegion(article, e, entry, stated, sentence))
                        && !(townOrRegion && !namedInTheSentence(article, entry.country(), sentence))) {
                    background(article, e, "country", entry.country(), sentence, out);
                }
                if (e.isA(KG.Mission.getURI())) {
                    background(article, e, "operatedBy", entry.operator(), sentence, out);
                }
                // A launch site's region is background knowledge like an agency's country; a site on
                // the Moon lies there as a fact only when its own name says so ("moon's far side"), not
                // because the Moon is named elsewhere ("lunar south pole" is lexical).
                boolean celestial = e.isA(KG.CelestialSite.getURI());
                if (entry.locatedIn() != null && (!celestial || mentionedWithin(article, e, entry.locatedIn()))) {
                    background(article, e, "locatedIn", entry.locatedIn(), sentence, out);
                }
            }
            if (entry == null && e.isA(KG.Mission.getURI())) {
                gazetteer.seriesOf(e.label()).ifPresent(series -> background(article, e, "operatedBy", series.operator(), sentence, out));
            }
            if (entry == null && e.isA(KG.Satellite.getURI())) {
                gazetteer.seriesOf(e.label()).ifPresent(series -> background(article, e, "country", series.country(), sentence, out));
            }
            if (e.isA(KG.Organization.getURI())) {
                countryInName(article, e).ifPresent(c -> out.add(RawFact.relation(e.id(), "country", c.id(), sentence, "rule:name-country", 0.75)));
            }
        }
        for (RawFact payload : stated) {
            if (!payload.property().equals("payloadOf")) {
                continue;
            }
            for (RawFact country : concat(stated, out)) {
                if (country.property().equals("country") && country.subject() == payload.subject() && !country.isLiteral()) {
                    out.add(RawFact.relation(country.object(), "participatesIn", payload.object(), payload.sentence(),
                            "rule:payload-country-participates", 0.65));
                }
            }
        }
        return out;
    }

    /**
     * "the Kennedy Space Center in Florida": a place the article puts in a region is read as lying there, and its
     * country is the region's to state, unless the country is named beside the place ("China's Xichang centre").
     */
    private static final java.util.regex.Pattern FACILITY = java.util.regex.Pattern.compile(
            "\\b(Center|Centre|Cosmodrome|Site|Base|Station|Range|Spaceport|Complex|Pad|Port)\\b");

    private static boolean namedInTheSentence(ResolvedArticle article, String key, int sentence) {
        Optional<ArticleEntity> named = key == null ? Optional.empty() : article.byKey(key);
        return named.isPresent() && article.mentions().stream().anyMatch(m -> m.sentence() == sentence && m.entityIds().contains(named.get().id()));
    }

    private static boolean placedInARegion(ResolvedArticle article, ArticleEntity place, GazetteerEntry entry, List<RawFact> stated,
                                           int sentence) {
        boolean located = entry.locatedIn() != null && article.byKey(entry.locatedIn()).filter(ArticleEntity::named).isPresent()
                || stated.stream().anyMatch(f -> f.property().equals("locatedIn") && f.subject() == place.id());
        if (!located || entry.country() == null) {
            return located;
        }
        return !namedInTheSentence(article, entry.country(), sentence);
    }

    private static List<RawFact> concat(List<RawFact> a, List<RawFact> b) {
        List<RawFact> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void background(ResolvedArticle article, ArticleEntity e, String property, String targetKey, int sentence,
                                   List<RawFact> out) {
        if (targetKey == null) {
            return;
        }
        article.byKey(targetKey).filter(ArticleEntity::named).ifPresent(target -> {
            if (PropertySignatures.allowsSubject(property, e.classIri()) && PropertySignatures.allowsObject(property, target.classIri())) {
                out.add(RawFact.relation(e.id(), property, target.id(), sentence, "rule:gazetteer-background", 0.7));
            }
        });
    }

    /** "moon's far side": the place it lies in is named within the mention itself. */
    private boolean mentionedWithin(ResolvedArticle article, ArticleEntity e, String targetKey) {
        Optional<GazetteerEntry> target = gazetteer.byKey(targetKey);
        if (target.isEmpty()) {
            return false;
        }
        for (EntityMention m : article.mentions()) {
            if (m.entityIds().contains(e.id())) {
                String text = " " + Names.normalize(m.text()) + " ";
                if (target.get().names().stream().anyMatch(n -> text.contains(" " + Names.normalize(n) + " "))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Pakistan Space Center", "Astronaut Center of China", "Institute of Optics of the Russian Academy of Sciences":
     * a country the article names, named (or its demonym) in the name.
     */
    private Optional<ArticleEntity> countryInName(ResolvedArticle article, ArticleEntity e) {
        List<String> candidates = new ArrayList<>();
        for (String name : e.names()) {
            String[] words = name.split("\\s+");
            if (words.length >= 2) {
                candidates.add(words[0]);
                candidates.add(words[words.length - 1]);
                // "Space Research Institute of the Russian Academy of Sciences": a country inside the name
                candidates.addAll(List.of(words).subList(1, words.length - 1));
            }
        }
        for (String candidate : candidates) {
            Optional<GazetteerEntry> country = gazetteer.lookup(candidate).filter(g -> g.type().equals(KG.Country.getURI()))
                    .or(() -> gazetteer.countryOfDemonym(candidate));
            if (country.isPresent()) {
                Optional<ArticleEntity> named = article.byKey(country.get().key()).filter(ArticleEntity::named);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<EntityMention> firstNameMention(ResolvedArticle article, ArticleEntity e) {
        return article.mentions().stream()
                .filter(m -> m.entityIds().contains(e.id()) && (m.kind() == EntityMention.Kind.NAME || m.kind() == EntityMention.Kind.NOMINAL))
                .findFirst();
    }
}
