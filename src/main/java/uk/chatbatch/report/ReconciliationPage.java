package uk.chatbatch.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.datasets.ReconciliationChildrenDataset;
import uk.chatbatch.indicators.IndicatorStatus;
import uk.chatbatch.indicators.Unit;
import uk.chatbatch.reconciliation.ReconciledMeasure;
import uk.chatbatch.reconciliation.ReconciledMeasure.ChildrenCompared;
import uk.chatbatch.reconciliation.ReconciledMeasure.Side;
import uk.chatbatch.reconciliation.Reconciliation;

/**
 * Each measure that Annex A and a statutory return both give: a small table with the two figures, the
 * difference and the children found in one source only, kept whole on a page, with a caption stating in words
 * what the table shows. The internal report lists up to {@value #IDS_SHOWN} of those children by identifier per
 * measure; the shareable one names none and withholds small numbers (see {@link ShownReconciliation}). Drawn
 * only when some measure is in both.
 */
final class ReconciliationPage implements ReportSection {

    static final String KEY = "reconciliation";
    static final String TITLE = "Reconciliation with the returns";
    /** At most this many children's identifiers are printed per measure. */
    static final int IDS_SHOWN = 20;

    private final ReportModel model;
    private final ReportStyle style;
    private final SectionMarks marks;

    ReconciliationPage(ReportModel model, ReportStyle style, SectionMarks marks) {
        this.model = model;
        this.style = style;
        this.marks = marks;
    }

    static boolean applies(ReportModel model) {
        return !model.reconciliation.isEmpty();
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        document.add(marks.heading(style, KEY, TITLE));
        document.add(style.body("Each measure that both Annex A and a statutory return give, side by side: the Annex A"
                + " figure, the return's figure, and the difference, the return's minus Annex A's (for a percentage, in"
                + " percentage points). Children are compared on each side's numerator: for a count, every record"
                + " counted; for a percentage, the records counted in it. The two versions of a measure may be defined"
                + " differently (Annex A's six months against the return's year, short breaks left in or out), so a"
                + " difference is a question to ask, not by itself an error."));
        document.add(style.paragraph(Reconciliation.IDENTIFIERS, style.smallMuted, 0f, 2f));
        document.add(style.paragraph(model.variant.isInternal()
                ? "Internal version only: up to " + IDS_SHOWN + " of each measure's children found in one source only"
                        + " are listed by identifier; the " + ReconciliationChildrenDataset.NAME
                        + " dataset lists them all."
                : "This version names no child. A value is withheld as elsewhere in the report; the difference is"
                        + " withheld when either value is; a measure's three children counts are withheld together,"
                        + " zeros included, when any of them is 1 to " + (SmallNumbers.THRESHOLD - 1) + " or either value is"
                        + " withheld, since each could be worked out from the others.", style.smallMuted, 0f, 4f));
        for (ShownReconciliation shown : model.reconciliation) {
            document.add(block(shown));
        }
    }

    /** One measure: title, table, caption and (internal) identifiers, kept together. */
    private PdfPTable block(ShownReconciliation shown) {
        ReconciledMeasure m = shown.measure();
        PdfPCell cell = style.block();
        cell.setBorder(Rectangle.TOP);
        cell.setBorderColor(Palette.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(3f);
        cell.addElement(style.paragraph(m.measure(), style.bodyBold, 0f, 0f));
        cell.addElement(table(shown));
        cell.addElement(style.paragraph(caption(shown), style.small, 2f, 2f));
        if (model.variant.isInternal()) {
            m.children().ifPresent(c -> identifiers(m, c).forEach(cell::addElement));
        }
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100f);
        block.setKeepTogether(true);
        block.setSpacingBefore(8f);
        block.addCell(cell);
        return block;
    }

    private PdfPTable table(ShownReconciliation shown) {
        ReconciledMeasure m = shown.measure();
        String source = m.returnSource().label();
        PdfPTable table = style.table(30f, 22f, 22f, 26f);
        table.setSpacingAfter(0f);
        table.addCell(style.header(""));
        table.addCell(style.header("Annex A", Element.ALIGN_RIGHT));
        table.addCell(style.header(source, Element.ALIGN_RIGHT));
        table.addCell(style.header("Difference", Element.ALIGN_RIGHT));

        List<PdfPCell> cells = new ArrayList<>();
        cells.add(style.text("Indicator"));
        cells.add(style.number(m.annexAId(), style.cellBold));
        cells.add(style.number(m.returnId(), style.cellBold));
        cells.add(style.number(source + " minus Annex A", style.cellSmall));

        cells.add(style.text("Value"));
        cells.add(value(m.annexA(), shown.annexA(), m.unit()));
        cells.add(value(m.fromReturn(), shown.fromReturn(), m.unit()));
        cells.add(difference(shown));

        Optional<ChildrenCompared> c = m.children();
        cells.add(style.text("Children only in this source"));
        cells.add(children(shown, c.map(ChildrenCompared::countOnlyInAnnexA)));
        cells.add(children(shown, c.map(ChildrenCompared::countOnlyInReturn)));
        cells.add(style.number("", style.cellMuted));

        cells.add(style.text("Children in both"));
        PdfPCell both = children(shown, c.map(ChildrenCompared::inBoth));
        both.setColspan(2);
        both.setHorizontalAlignment(Element.ALIGN_CENTER);
        cells.add(both);
        cells.add(style.number("", style.cellMuted));

        int row = 0;
        int column = 0;
        for (PdfPCell cell : cells) {
            cell.setBackgroundColor(ReportStyle.zebra(row));
            table.addCell(cell);
            column += cell.getColspan();
            if (column == 4) {
                column = 0;
                row++;
            }
        }
        return table;
    }

    /** "80.0%  40 of 50", "<5", or the status in the alert colour when not computed. */
    private PdfPCell value(Side side, Optional<Shown> shown, Unit unit) {
        if (shown.isEmpty() || !(side.isComputed() || side.status() == IndicatorStatus.NO_CASES)) {
            return style.number(Formats.status(side.status()), style.cellAlert);
        }
        Shown v = shown.get();
        Phrase p = new Phrase(Formats.value(v, unit), style.cellBold);
        String basis = Formats.basis(v, unit);
        if (!basis.isEmpty()) {
            p.add(new Chunk("  " + basis, style.cellSmall));
        }
        return style.cell(p, Element.ALIGN_RIGHT);
    }

    private PdfPCell difference(ShownReconciliation shown) {
        if (shown.differenceWithheld()) {
            return style.number(SmallNumbers.SHOWN_AS, style.cellBold);
        }
        return differenceShown(shown).map(d -> style.number(signed(d, shown.measure().unit()), style.cellBold))
                .orElseGet(() -> style.number("not given", style.cellMuted));
    }

    private PdfPCell children(ShownReconciliation shown, Optional<Long> count) {
        if (count.isEmpty()) {
            return style.number("not compared", style.cellMuted);
        }
        return style.number(shown.childrenWithheld() ? SmallNumbers.SHOWN_AS : Formats.count(count.get()));
    }

    /** The difference between the two figures as printed, so the table adds up to the eye. */
    private static Optional<Double> differenceShown(ShownReconciliation shown) {
        ReconciledMeasure m = shown.measure();
        if (m.difference().isEmpty() || shown.differenceWithheld()) {
            return Optional.empty();
        }
        double a = Formats.rounded(m.annexA().value().orElseThrow(), m.unit());
        double r = Formats.rounded(m.fromReturn().value().orElseThrow(), m.unit());
        return Optional.of(Formats.rounded(r - a, m.unit()));
    }

    /** "+3", "−2.5 points", "0". */
    static String signed(double difference, Unit unit) {
        String sign = difference > 0 ? "+" : difference < 0 ? Formats.MINUS : "";
        double size = Math.abs(difference);
        return sign + switch (unit) {
            case COUNT -> Formats.count(Math.round(size));
            case PERCENT -> Formats.oneDecimal(size) + (size == 1.0 ? " point" : " points");
            case RATE_PER_10000 -> Formats.oneDecimal(size);
            case DAYS -> Formats.number(size, Unit.DAYS);
        };
    }

    /** The table in words: the difference, then the children, then why anything is not compared. */
    String caption(ShownReconciliation shown) {
        ReconciledMeasure m = shown.measure();
        String source = m.returnSource().label();
        List<String> sentences = new ArrayList<>();
        if (shown.differenceWithheld()) {
            sentences.add("The difference is withheld because a value it comes from is withheld.");
        } else {
            differenceShown(shown).ifPresent(d -> sentences.add(differenceInWords(source, d, m.unit())));
        }
        m.children().ifPresent(c -> sentences.add(shown.childrenWithheld()
                ? "The children counts are withheld: one is 1 to " + (SmallNumbers.THRESHOLD - 1)
                        + " or a value is withheld."
                : Formats.plural(c.inBoth(), "child is", "children are") + " in both, "
                        + Formats.count(c.countOnlyInAnnexA()) + " only in Annex A and "
                        + Formats.count(c.countOnlyInReturn()) + " only in " + source + "."));
        if (m.difference().isEmpty() || m.children().isEmpty()) {
            sentences.add(m.note());
        }
        return String.join(" ", sentences);
    }

    private static String differenceInWords(String source, double d, Unit unit) {
        if (d == 0) {
            return unit == Unit.COUNT ? source + " counts the same number as Annex A."
                    : source + " gives the same figure as Annex A.";
        }
        double size = Math.abs(d);
        if (unit == Unit.COUNT) {
            return source + " counts " + Formats.count(Math.round(size)) + (d > 0 ? " more" : " fewer")
                    + " than Annex A.";
        }
        String amount = unit == Unit.PERCENT ? Formats.oneDecimal(size) + (size == 1.0 ? " point" : " points")
                : unit == Unit.DAYS ? Formats.number(size, Unit.DAYS) : Formats.oneDecimal(size);
        return source + "'s figure is " + amount + (d > 0 ? " higher" : " lower") + " than Annex A's.";
    }

    /**
     * "Only in Annex A (12): C01, C02, ... and 2 more; full list in the reconciliation_children dataset." The
     * {@value #IDS_SHOWN} are shared between the two sources, half each unless one needs fewer.
     */
    private List<Paragraph> identifiers(ReconciledMeasure m, ChildrenCompared c) {
        int half = IDS_SHOWN / 2;
        int fromA = Math.min(c.onlyInAnnexA().size(), Math.max(half, IDS_SHOWN - c.onlyInReturn().size()));
        int fromR = Math.min(c.onlyInReturn().size(), IDS_SHOWN - fromA);
        List<Paragraph> lines = new ArrayList<>();
        line("Only in Annex A", c.onlyInAnnexA(), fromA).ifPresent(lines::add);
        line("Only in " + m.returnSource().label(), c.onlyInReturn(), fromR).ifPresent(lines::add);
        return lines;
    }

    private Optional<Paragraph> line(String label, List<String> ids, int shown) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Phrase p = new Phrase(label + " (" + Formats.count(ids.size()) + "): ", style.small);
        String listed = String.join(", ", ids.subList(0, shown));
        int rest = ids.size() - shown;
        Chunk text = new Chunk(listed + (rest > 0 ? " and " + Formats.count(rest) + " more; full list in the "
                + ReconciliationChildrenDataset.NAME + " dataset" : "") + ".", style.small);
        text.setSplitCharacter(ReportStyle.WHOLE_WORDS);
        p.add(text);
        Paragraph paragraph = new Paragraph(p);
        paragraph.setLeading(style.small.getSize() * 1.35f);
        paragraph.setSpacingAfter(1f);
        return Optional.of(paragraph);
    }
}
