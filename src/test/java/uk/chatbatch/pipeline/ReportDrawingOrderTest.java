package uk.chatbatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.report.ReportVariant;

/**
 * The order the report step starts its documents in, on two cores: the appendices (the longest) first; the first
 * variant's HTML before the leaders' reports, so it has drawn the chart pictures the other HTML shares by the time
 * that one starts, last.
 */
class ReportDrawingOrderTest {

    private static List<String> files(List<ReportVariant> variants) {
        return ReportStage.drawingOrder(variants).stream().map(d -> d.document().fileName(d.variant())).toList();
    }

    @Test
    void bothVariantsStartWithTheAppendicesAndEndWithTheSecondHtml() {
        assertThat(files(List.of(ReportVariant.INTERNAL, ReportVariant.SHAREABLE))).containsExactly(
                "chat-appendix-internal.pdf",
                "chat-appendix-shareable.pdf",
                "chat-leaders-internal.html",
                "chat-leaders-internal.pdf",
                "chat-leaders-shareable.pdf",
                "chat-leaders-shareable.html");
    }

    @Test
    void oneVariantDrawsItsThreeDocumentsLongestFirst() {
        assertThat(files(List.of(ReportVariant.SHAREABLE))).containsExactly(
                "chat-appendix-shareable.pdf",
                "chat-leaders-shareable.html",
                "chat-leaders-shareable.pdf");
    }
}
