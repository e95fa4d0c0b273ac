package org.astrolabe.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.astrolabe.extractor.CoreNlpExtractor;
import org.junit.jupiter.api.Test;

class RuleFileTest {

    @Test
    void theShippedRuleFileParsesWithUniqueNames() {
        List<RelationRule> rules = RuleFile.load(CoreNlpExtractor.RELATION_RULES_RESOURCE);
        assertThat(rules).hasSizeGreaterThan(30);
        assertThat(rules.stream().map(RelationRule::name).distinct().count()).isEqualTo(rules.size());
        assertThat(rules).allSatisfy(r -> assertThat(r.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void placeholdersExpandToEntityClassTests() {
        List<RelationRule> rules = RuleFile.parse("""
                rule sample
                confidence 0.5
                pattern (?$s %Org%) /is/ /in/ (?$o %City%)
                emit headquarteredIn($s, $o)
                """, "test");
        assertThat(rules).singleElement().satisfies(r -> {
            assertThat(r.source()).contains("{kg:/Organization|SpaceAgency|Company|ResearchInstitution|GovernmentBody/}");
            assertThat(r.extractorName()).isEqualTo("rule:sample");
            assertThat(r.emits()).containsExactly(new RelationRule.Emit("headquarteredIn", List.of("$s"), List.of("$o")));
        });
    }

    @Test
    void mistakesAreReportedWithTheRuleAndLine() {
        assertThatThrownBy(() -> RuleFile.parse("rule x\npattern /a/\nemit inventedProperty($s, $o)\n", "file.rules"))
                .hasMessageContaining("file.rules:3").hasMessageContaining("inventedProperty");
        assertThatThrownBy(() -> RuleFile.parse("rule x\npattern (?$s %Nothing%)\nemit country($s, $s)\n", "file.rules"))
                .hasMessageContaining("Nothing");
    }
}
