package uk.chatbatch.indicators;

/** ChAT's chart vocabulary (../shared/reference/indicators.md section 6). */
public enum ChartType {
    /** Headline tile. */
    KPI,
    /** Monthly trend bars. */
    TRD,
    /** Duration-band histogram. */
    BND,
    /** Donut for a yes/no split. */
    DON,
    /** Bars sorted by frequency. */
    SRC,
    /** Children with multiple records. */
    MUL,
    /** Age/sex pyramid. */
    PYR,
    /** Ethnicity table. */
    ETH
}
