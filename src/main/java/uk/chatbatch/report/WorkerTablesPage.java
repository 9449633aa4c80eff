package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/** Internal report only: for each list, every indicator with a worker breakdown, one row per Allocated Worker. */
final class WorkerTablesPage implements ReportSection {

    static final String KEY = "workers";
    static final String TITLE = "Worker tables";
    static final String WORKER = "worker";

    private final ReportModel model;
    private final ReportStyle style;
    private final SectionMarks marks;

    WorkerTablesPage(ReportModel model, ReportStyle style, SectionMarks marks) {
        this.model = model;
        this.style = style;
        this.marks = marks;
    }

    static boolean applies(ReportModel model) {
        return model.variant.isInternal() && !StaffTables.having(model.results, WORKER).isEmpty();
    }

    @Override
    public void addTo(Document document, PdfWriter writer) {
        document.add(marks.heading(style, KEY, TITLE));
        List<ShownResult> withWorkers = StaffTables.having(model.results, WORKER);
        document.add(style.body("Each indicator's figure for each Allocated Worker, one row per worker across the"
                + " lists. Blank or unrecognised workers are \"unallocated\"; a dash is a worker with no records for"
                + " that indicator. Internal version only: it names staff."));
        StringBuilder key = new StringBuilder();
        for (ShownResult r : withWorkers) {
            key.append(key.length() == 0 ? "" : "; ").append(r.id()).append(": ").append(r.metadata().title());
        }
        document.add(style.paragraph(key + ".", style.smallMuted, 0f, 2f));
        new StaffTables(style).tables(withWorkers, WORKER, true).forEach(document::add);
    }
}
