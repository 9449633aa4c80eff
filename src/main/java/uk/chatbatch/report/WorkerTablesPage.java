package uk.chatbatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import uk.chatbatch.annexa.AnnexAList;

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
        document.add(style.body("Each indicator's figure for each Allocated Worker, by list. Blank or unrecognised"
                + " workers are \"unallocated\". Internal version only: it names staff."));
        StaffTables tables = new StaffTables(style);
        for (AnnexAList list : model.listsPresent) {
            List<ShownResult> withWorkers = StaffTables.having(model.resultsFor(list), WORKER);
            if (withWorkers.isEmpty()) {
                continue;
            }
            document.add(style.subheading(ListSection.title(list)));
            tables.tables(withWorkers, WORKER).forEach(document::add);
        }
    }
}
