package uk.chatbatch.model.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;

/** Findings held while a sheet or return is read elsewhere are handed on later exactly as they were found. */
class HeldFindingsTest {

    private static final TableRecord ROW_2 = TableRecord.builder(AnnexAList.CONTACTS,
            Origin.inSheet("la.xlsx", "Contacts", 2)).build();
    private static final TableRecord ROW_3 = TableRecord.builder(AnnexAList.CONTACTS,
            Origin.inSheet("la.xlsx", "Contacts", 3)).build();
    private static final Issue HEADER = new Issue("la.xlsx", "Contacts", "List 1", 1, "", "",
            IssueCode.UNRECOGNISED_SHEET, "a header issue");
    private static final CollectionYear YEAR = CollectionYear.parse("2025-26");

    /** Names each call the sink receives, so the order is the assertion. */
    private static RecordSink recording(List<String> calls) {
        return new RecordSink() {
            @Override
            public void clean(TableRecord record) {
                calls.add("clean row " + record.source().row());
            }

            @Override
            public void superseded(TableRecord record, CollectionYear supersededBy) {
                calls.add("superseded row " + record.source().row() + " by " + supersededBy.label());
            }

            @Override
            public void quarantined(QuarantinedRecord record) {
                calls.add("quarantined");
            }

            @Override
            public void issue(Issue issue) {
                calls.add("issue " + issue.message());
            }
        };
    }

    private static HeldFindings heldInThisOrder() {
        HeldFindings held = new HeldFindings();
        held.issue(HEADER);
        held.clean(ROW_2);
        held.progress("List 1: 1 row read");
        held.superseded(ROW_3, YEAR);
        return held;
    }

    @Test
    void everythingIsHandedOnInTheOrderFoundWithProgressLinesInPlace() {
        List<String> calls = new ArrayList<>();
        heldInThisOrder().replay(recording(calls), line -> calls.add("progress " + line));

        assertEquals(List.of("issue a header issue", "clean row 2", "progress List 1: 1 row read",
                "superseded row 3 by 2025-26"), calls);
    }

    @Test
    void aRangeHandsOnOnlyItsFindings_soAHeaderCanGoBeforeTheListStarts() {
        HeldFindings held = heldInThisOrder();
        List<String> calls = new ArrayList<>();
        held.replay(recording(calls), line -> calls.add("progress " + line), 0, 1);
        calls.add("list starts");
        held.replay(recording(calls), line -> calls.add("progress " + line), 1, held.size());

        assertEquals(List.of("issue a header issue", "list starts", "clean row 2", "progress List 1: 1 row read",
                "superseded row 3 by 2025-26"), calls);
    }
}
