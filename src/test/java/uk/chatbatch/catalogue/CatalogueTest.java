package uk.chatbatch.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.indicators.Indicator;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;
import uk.chatbatch.indicators.Unit;

/** Checks that hold across the whole catalogue, so a new indicator cannot skip them. */
class CatalogueTest {

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.discover();

    @Test
    void idsAreUniqueAndDefinitionsComplete() {
        Set<String> ids = new HashSet<>();
        for (IndicatorMetadata m : catalogue.definitions()) {
            assertThat(ids.add(m.id())).as("duplicate id " + m.id()).isTrue();
            assertThat(m.title()).as(m.id()).isNotBlank();
            assertThat(m.definition()).as(m.id()).hasSizeGreaterThan(40);
            assertThat(m.numerator()).as(m.id()).isNotBlank();
            assertThat(m.window()).as(m.id()).isNotBlank();
            if (m.unit() == Unit.PERCENT || m.unit() == Unit.RATE_PER_10000) {
                assertThat(m.denominator()).as(m.id() + " is a ratio, so it says what it divides by").isNotBlank();
            }
        }
    }

    @Test
    void everySourceFieldExistsInTheListsTheIndicatorReads() {
        for (IndicatorMetadata m : catalogue.definitions()) {
            List<AnnexAList> lists = m.lists();
            for (Field field : m.fields()) {
                assertThat(lists.stream().anyMatch(l -> l.has(field)))
                        .as(m.id() + " names " + field.header() + ", which is in none of " + lists).isTrue();
            }
        }
    }

    /** At least one case that counts and one that does not: a test class beside each indicator with two or more cases. */
    @Test
    void everyIndicatorHasItsOwnTestWithAtLeastTwoCases() throws Exception {
        for (Indicator indicator : catalogue.indicators()) {
            String testName = indicator.getClass().getName() + "Test";
            Class<?> test;
            try {
                test = Class.forName(testName);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(indicator.metadata().id() + " has no test class " + testName);
            }
            int cases = 0;
            for (Method method : test.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Test.class)) {
                    cases++;
                }
                CsvSource rows = method.getAnnotation(CsvSource.class);
                if (method.isAnnotationPresent(ParameterizedTest.class) && rows != null) {
                    cases += rows.value().length + rows.textBlock().lines()
                            .filter(line -> !line.isBlank() && !line.strip().startsWith("#")).count();
                } else if (method.isAnnotationPresent(ParameterizedTest.class)) {
                    cases++;
                }
            }
            assertThat(cases).as(testName + " cases").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theCommittedCatalogueDocumentIsCurrent() throws Exception {
        String generated = CatalogueDocument.markdown(catalogue.definitions());
        Path committed = Path.of("src/site/markdown/indicator-catalogue.md");
        assertThat(Files.readString(committed))
                .as("regenerate with: java -jar target/chat-batch.jar indicators --markdown " + committed
                        + " --csv src/site/indicator-catalogue.csv")
                .isEqualTo(generated);
        assertThat(Files.readString(Path.of("src/site/indicator-catalogue.csv")))
                .isEqualTo(CatalogueDocument.csv(catalogue.definitions()));
        assertThat(Files.readString(Path.of("src/site/markdown/issue-codes.md")))
                .as("regenerate with: java -jar target/chat-batch.jar indicators --issue-codes src/site/markdown/issue-codes.md")
                .isEqualTo(CatalogueDocument.issueCodes());
    }

    /** The guide names real files, each a model of the shape its row names, with its test beside it. */
    @Test
    void theShapeGuideNamesModelsOfTheirShapesWithTheirTests() {
        assertThat(ShapeGuide.ROWS).isNotEmpty();
        for (ShapeGuide.Row row : ShapeGuide.ROWS) {
            assertThat(Files.exists(Path.of(ShapeGuide.path(row.model())))).as(ShapeGuide.path(row.model())).isTrue();
            assertThat(Files.exists(Path.of(ShapeGuide.path(row.model()).replace("src/main/", "src/test/")
                    .replace(".java", "Test.java")))).as(row.model().getSimpleName() + "Test").isTrue();
            if (row.shapeNote().isEmpty()) {
                assertThat(row.shape()).as(row.model().getSimpleName()).isAssignableFrom(row.model());
            }
        }
        assertThat(CatalogueDocument.markdown(catalogue.definitions()))
                .contains("| A count of an Annex A list's records meeting a condition (dated in the window, open at the"
                        + " period end) | `CountOfRecords` | `src/main/java/uk/chatbatch/indicators/frontdoor/"
                        + "ContactsInWindow.java` |");
    }

    /** CLA-01-903 names CLA-01 and back: a twin is an indicator of the catalogue measuring the same thing. */
    @Test
    void twinsNameEachOther() {
        Map<String, IndicatorMetadata> byId = catalogue.definitions().stream()
                .collect(Collectors.toMap(IndicatorMetadata::id, m -> m));
        for (IndicatorMetadata m : catalogue.definitions()) {
            if (!m.twin().isEmpty()) {
                assertThat(byId).as(m.id() + "'s twin").containsKey(m.twin());
                assertThat(byId.get(m.twin()).twin()).as(m.twin() + " names " + m.id() + " back").isEqualTo(m.id());
                assertThat(m.fromReturns()).as(m.id() + " and its twin come from different sources")
                        .isNotEqualTo(byId.get(m.twin()).fromReturns());
            }
        }
        assertThat(byId.get("CLA-01-903").twin()).isEqualTo("CLA-01");
    }
}
