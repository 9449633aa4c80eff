package uk.chatbatch.indicators;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;

/**
 * An indicator's metadata, in one place on its class. The indicators dataset, the report's headline
 * and definitions pages and the catalogue are all generated from it, so the text a leader reads is
 * the text next to the code.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IndicatorDefinition {

    /** Catalogue id, e.g. "ASM-02" (../shared/reference/indicators.md). */
    String id();

    String title();

    /** Plain-English definition, as the report's definitions page prints it. */
    String definition();

    /** What is counted in the numerator (for counts: what is counted). */
    String numerator();

    /** What the numerator is divided by; empty for counts. */
    String denominator() default "";

    /** The time window, e.g. "six months ending on the period end" or "at the period end". */
    String window();

    /** The Annex A list the indicator is computed from. */
    AnnexAList source();

    /** Other lists it links to by child and a stated date rule; it is not computed unless they are present too. */
    AnnexAList[] alsoUses() default {};

    /** The fields it reads (from its source list, or from a list in {@link #alsoUses()}). */
    Field[] fields();

    /** The [decision] settings it reads; their values are recorded beside its figures. */
    IndicatorSetting[] settings() default {};

    Unit unit();

    Polarity polarity();

    ChartType chart() default ChartType.KPI;

    /** Breakdowns beside the whole-population row, e.g. "gender". */
    String[] breakdowns() default {};
}
