package org.astrolabe.extractor.relations;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.extractor.rules.RawFact;

/**
 * A launch has one site, named more or less precisely across an article: "lifts off from California" in the
 * headline, "from California's Vandenberg Space Force Base" in the lead. Where a craft has a launch facility
 * among its sites (a cosmodrome, a space centre, a launch complex), the places that are no facility (a state,
 * a city, a region) are where the facility lies, not further sites.
 */
public final class CoarserSites {
    /** The words of a launch site's name ({@link LaunchEvents#SITE_WORD_LIST}) and those of other facilities. */
    private static final String FACILITY_WORDS = "(?i).*\\b(" + LaunchEvents.SITE_WORD_LIST
            + "|space centre|space center|base|launching station|test site)\\b.*";

    private CoarserSites() {
    }

    /** The facts without the launch sites of a craft that is also said to have left a launch facility. */
    public static List<RawFact> withoutCoarserSites(List<RawFact> facts, ResolvedArticle article) {
        Set<Integer> leftAFacility = new HashSet<>();
        for (RawFact f : facts) {
            if (isSite(f) && isFacility(article.entity(f.object()))) {
                leftAFacility.add(f.subject());
            }
        }
        return facts.stream().filter(f -> !isSite(f) || !leftAFacility.contains(f.subject()) || isFacility(article.entity(f.object())))
                .toList();
    }

    private static boolean isSite(RawFact f) {
        return f.property().equals("launchSite") && !f.isLiteral();
    }

    private static boolean isFacility(ArticleEntity site) {
        return site != null && (site.label().matches(FACILITY_WORDS) || site.names().stream().anyMatch(n -> n.matches(FACILITY_WORDS)));
    }
}
