package uk.chatbatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each theme page says what it sets against England, or plainly why it has nothing to (never a blank page). */
class LeadersThemeIntroTest {

    private static final String SCOPE = Theme.CHILDREN_IN_CARE.scope();

    @Test
    void aSmallLasThemeSaysItHasTooFewRecordsToCompare() {
        // row: computed, compared, parts, England figures with no cases here -> the sentence after the scope
        assertThat(LeadersReport.themeIntro(Theme.CHILDREN_IN_CARE, 9, 0, 0, 4)).isEqualTo(SCOPE + " 9 measures were"
                + " computed; none can be set against England this period: 4 measures England publishes figures for have"
                + " too few records here to give a figure (no cases in the window, or none at all). The analysts'"
                + " appendix shows every measure.");
        assertThat(LeadersReport.themeIntro(Theme.CHILDREN_IN_CARE, 3, 0, 0, 0)).endsWith("computed; none has an"
                + " England figure in the same unit, so there is nothing to set against England here (the analysts'"
                + " appendix shows every measure).");
    }

    @Test
    void aThemeWithComparisonsCountsWholeMeasuresAndPartsApart() {
        assertThat(LeadersReport.themeIntro(Theme.CHILDREN_IN_CARE, 33, 6, 0, 0)).endsWith("33 measures were computed;"
                + " 6 have an England figure in the same unit and are set against it below.");
        assertThat(LeadersReport.themeIntro(Theme.CHILDREN_IN_CARE, 33, 6, 1, 0)).endsWith("6 have an England figure in"
                + " the same unit, and 1 part of a measure (a category's share or a yearly rate) has one on the same"
                + " basis; they are set against England below.");
        assertThat(LeadersReport.themeIntro(Theme.CHILDREN_IN_CARE, 5, 0, 1, 2)).endsWith("computed; 1 part of a"
                + " measure (a category's share or a yearly rate) has an England figure on the same basis; it is set against England"
                + " below.");
    }
}
