package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Severity;
import org.mailroom.text.Text;

class RuleCatalogueTest {

    private static final List<Rule> RULES = RuleCatalogue.rules();

    @Test
    void idsAreUniqueAndCamelCase() {
        List<String> ids = RULES.stream().map(Rule::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z0-9]*"));
    }

    @Test
    void theMarkdownTableListsEveryRuleOnce() {
        String table = RuleCatalogue.markdownTable();
        List<String> rows = table.lines().skip(2).toList();

        assertThat(table).startsWith("| rule | severity | what it checks |\n|---|---|---|\n");
        assertThat(rows).hasSize(RULES.size());
        for (Rule rule : RULES) {
            assertThat(rows).filteredOn(row -> row.startsWith("| `" + rule.id() + "` |")).singleElement()
                    .isEqualTo("| `" + rule.id() + "` | " + rule.severity().label() + " | " + rule.description() + " |");
        }
    }

    /** MessagesTest cannot see keys composed from rule ids, so this test holds the bundle to the catalogue. */
    @Test
    void theBundleHasTheThreeTextsOfEveryRuleAndNoOthers() {
        Set<String> expected = RULES.stream()
                .flatMap(rule -> Stream.of("description", "message", "fix").map(text -> "check.rule." + rule.id() + "." + text))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> defined = Text.bundle().keySet().stream().filter(key -> key.startsWith("check.rule."))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(defined).isEqualTo(expected);
    }

    @Test
    void everyRuleHasATestThatTriggersIt() throws IOException {
        String tests;
        try (Stream<Path> files = Files.list(Path.of("src/test/java/org/mailroom/check"))) {
            tests = files.filter(f -> f.toString().endsWith("RulesTest.java")).map(RuleCatalogueTest::read)
                    .collect(Collectors.joining());
        }
        assertThat(RULES).allSatisfy(rule -> assertThat(tests).contains("findings(\"" + rule.id() + "\")"));
    }

    @Test
    void theSeveritiesOfTheCatalogue() {
        assertThat(RULES).extracting(Rule::severity).contains(Severity.ERROR, Severity.WARNING, Severity.INFO);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
