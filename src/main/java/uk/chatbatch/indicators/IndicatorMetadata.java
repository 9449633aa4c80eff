package uk.chatbatch.indicators;

import java.util.List;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;

/** The {@link IndicatorDefinition} of an indicator class as a value. */
public record IndicatorMetadata(String id, String title, String definition, String numerator, String denominator,
                                String window, AnnexAList source, List<AnnexAList> alsoUses, List<Field> fields,
                                Unit unit, Polarity polarity, ChartType chart, List<String> breakdowns,
                                List<IndicatorSetting> settings) {

    /** The source list first, then any others it links to. */
    public List<AnnexAList> lists() {
        List<AnnexAList> all = new java.util.ArrayList<>(List.of(source));
        all.addAll(alsoUses);
        return all;
    }

    public static IndicatorMetadata of(Class<?> indicatorClass) {
        IndicatorDefinition d = indicatorClass.getAnnotation(IndicatorDefinition.class);
        if (d == null) {
            throw new IllegalArgumentException(indicatorClass.getName() + " has no @IndicatorDefinition");
        }
        return new IndicatorMetadata(d.id(), d.title(), d.definition(), d.numerator(), d.denominator(), d.window(),
                d.source(), List.of(d.alsoUses()), List.of(d.fields()), d.unit(), d.polarity(), d.chart(),
                List.of(d.breakdowns()), List.of(d.settings()));
    }
}
