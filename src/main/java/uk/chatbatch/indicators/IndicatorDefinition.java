package uk.chatbatch.indicators;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.annexa.Field;
import uk.chatbatch.cin.CinTable;
import uk.chatbatch.ssda903.Ssda903Table;

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

    /** The Annex A list the indicator is computed from; empty for an indicator computed from the returns. */
    AnnexAList[] source() default {};

    /**
     * The SSDA903 tables an indicator from the children looked after return needs: the engine reports it not
     * computed when one holds no rows (the return does not say whether an empty table was left out).
     */
    Ssda903Table[] ssda903() default {};

    /** SSDA903 tables it also reads when they hold rows (e.g. Episodes for a care leaver's legal status). */
    Ssda903Table[] ssda903IfSupplied() default {};

    /** The CIN census tables an indicator from the children in need census reads. */
    CinTable[] cin() default {};

    /** The return elements it reads, as the DfE names them (e.g. "DECOM", "CPPstartDate"). */
    String[] returnFields() default {};

    /** Other lists it links to by child and a stated date rule; it is not computed unless they are present too. */
    AnnexAList[] alsoUses() default {};

    /** The Annex A fields it reads (from its source list, or from a list in {@link #alsoUses()}). */
    Field[] fields() default {};

    /** The [decision] settings it reads; their values are recorded beside its figures. */
    IndicatorSetting[] settings() default {};

    Unit unit();

    Polarity polarity();

    ChartType chart() default ChartType.KPI;

    /** Breakdowns beside the whole-population row, each named and typed, e.g. {@code @By("gender")}. */
    By[] breakdowns() default {};

    /** The population measured, where it is one of the catalogue's common ones. */
    PopulationRule population() default PopulationRule.AS_DEFINED;

    /** The first collection year the measure exists in, e.g. "2023-24" (CL-07); empty for always. */
    String since() default "";

    /** The last collection year the measure exists in; empty while it is current. */
    String until() default "";

    /** The id of the same measure from another source (CLA-01 and CLA-01-903), if there is one. */
    String twin() default "";

    /**
     * Whether it is one of the 12 to 16 headline measures on page 1 of the leaders' report: chosen because a
     * director asks about it first and, where one is published, it has an England figure to compare with.
     */
    boolean headline() default false;

    /**
     * One breakdown: its name as the indicator's rows carry it, what kind of groups it has (whether they name
     * staff, are months, bands...), and for bands their bounds.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface By {

        /** The breakdown's name, e.g. "age band". */
        String value();

        BreakdownKind kind() default BreakdownKind.GROUPS;

        /** For {@link BreakdownKind#BANDS}: the band bounds. */
        BandSet bands() default BandSet.NONE;
    }
}
