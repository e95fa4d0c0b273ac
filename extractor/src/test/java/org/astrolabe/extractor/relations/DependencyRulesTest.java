package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DependencyRulesTest {
    @Test
    void aValidBlockParses() {
        List<DependencyRules.Rule> rules = DependencyRules.parse("""
                # how a craft is built
                rule develop-verb
                confidence 0.75
                semgrex {lemma:/develop|build/}=v
                semgrex >/nsubj|obl:agent/ {}=by >/obj|nsubj:pass/ {}=craft
                emit developedBy(craft, by)
                emit operatedBy(craft, by)
                """, "test.rules");

        assertThat(rules).hasSize(1);
        DependencyRules.Rule rule = rules.get(0);
        assertThat(rule.name()).isEqualTo("develop-verb");
        assertThat(rule.confidence()).isEqualTo(0.75);
        assertThat(rule.emits()).containsExactly(new DependencyRules.Emit("developedBy", "craft", "by"),
                new DependencyRules.Emit("operatedBy", "craft", "by"));
    }

    @Test
    void aBadPatternNamesItsRule() {
        assertThatThrownBy(() -> DependencyRules.parse("""
                rule broken-pattern
                semgrex {lemma:/build/=v >nsubj {}=by
                emit developedBy(v, by)
                """, "test.rules"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken-pattern");
    }

    @Test
    void aRuleWithoutEmitNamesItsRule() {
        assertThatThrownBy(() -> DependencyRules.parse("""
                rule no-emit
                semgrex {lemma:/build/}=v >nsubj {}=by
                """, "test.rules"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-emit");
    }

    @Test
    void aDefinedWordListStandsInForItsName() {
        List<DependencyRules.Rule> rules = DependencyRules.parse("""
                define $MAKE develop|build
                rule develop-verb
                semgrex {lemma:/$MAKE/}=v >/nsubj/ {}=by >/obj/ {}=craft
                emit developedBy(craft, by)
                """, "test.rules");

        assertThat(rules.get(0).pattern().pattern()).contains("{lemma:/develop|build/}").doesNotContain("$MAKE");
    }

    @Test
    void aWordListUsedBeforeItIsDefinedIsAnError() {
        assertThatThrownBy(() -> DependencyRules.parse("""
                rule develop-verb
                semgrex {lemma:/$MAKE/}=v >/nsubj/ {}=by >/obj/ {}=craft
                emit developedBy(craft, by)
                rule other
                semgrex {lemma:/$MAKE/}=v >/nsubj/ {}=by
                emit operatedBy(v, by)
                """, "test.rules"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("develop-verb").hasMessageContaining("$MAKE");
    }

    @Test
    void theBundledRulesParse() {
        assertThat(DependencyRules.bundled().rules()).isNotEmpty();
    }
}
