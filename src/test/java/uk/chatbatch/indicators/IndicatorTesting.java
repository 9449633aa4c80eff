package uk.chatbatch.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.model.table.Origin;
import uk.chatbatch.model.table.TableRecord;

/** Small helpers so indicator tests read as tables of rows. */
public final class IndicatorTesting {

    private IndicatorTesting() {
    }

    /** A row of the list, as if read from row 2 of its sheet; set its fields, then build. */
    public static TableRecord.Builder row(AnnexAList list) {
        return TableRecord.builder(list, Origin.inSheet("test.xlsx", list.title(), 2));
    }

    /** Data in which only this list was supplied. */
    public static InputData only(AnnexAList list, TableRecord... rows) {
        return InputData.empty().with(list, List.of(rows));
    }

    public static IndicatorContext periodEnding(LocalDate periodEnd) {
        return IndicatorContext.forPeriodEnd(periodEnd);
    }

    public static IndicatorValue headline(IndicatorResult result) {
        return result.headline().orElseThrow(() -> new AssertionError(
                result.metadata().id() + " has no whole-population value: " + result.status() + " " + result.message()));
    }

    public static void assertCount(long expected, IndicatorResult result) {
        assertEquals(IndicatorStatus.COMPUTED, result.status(), result.message());
        assertEquals(expected, headline(result).numerator());
        assertEquals((double) expected, headline(result).value());
    }

    /** Numerator and denominator of a percentage; with an empty denominator the status must be NO_CASES. */
    public static void assertRatio(long numerator, long denominator, IndicatorResult result) {
        IndicatorValue value = headline(result);
        assertEquals(denominator, value.denominator(), "denominator");
        assertEquals(numerator, value.numerator(), "numerator");
        assertEquals(denominator == 0 ? IndicatorStatus.NO_CASES : IndicatorStatus.COMPUTED, result.status());
    }

    /** An indicator defined in the test, not by annotation, so the catalogue's scan never finds it. */
    public static Indicator fixture(String id, AnnexAList source,
                                    BiFunction<InputData, IndicatorContext, IndicatorResult> body) {
        IndicatorMetadata metadata = new IndicatorMetadata(id, "Fixture " + id, "A test fixture.", "rows", "",
                "at the period end", source, List.of(), List.of(source.identifier()), Unit.COUNT, Polarity.CONTEXTUAL,
                ChartType.KPI, List.of(), List.of());
        return new Indicator() {
            @Override
            public IndicatorResult compute(InputData data, IndicatorContext context) {
                return body.apply(data, context);
            }

            @Override
            public IndicatorMetadata metadata() {
                return metadata;
            }
        };
    }
}
