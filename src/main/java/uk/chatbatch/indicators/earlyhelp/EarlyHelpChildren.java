package uk.chatbatch.indicators.earlyhelp;

import static uk.chatbatch.annexa.Field.EH_ASSESSMENT_START_DATE;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.chatbatch.input.InputData;
import uk.chatbatch.annexa.AnnexAList;
import uk.chatbatch.indicators.IndicatorContext;
import uk.chatbatch.model.table.TableRecord;

/** The children of List 2 that EH-01C and EH-04 count. */
final class EarlyHelpChildren {

    private EarlyHelpChildren() {
    }

    /**
     * Each child with an assessment starting in the window, once, by their first such assessment (on the same
     * date, the earlier row), in the order the children first appear in the list.
     */
    static List<TableRecord> firstInWindow(InputData data, IndicatorContext context) {
        Map<String, TableRecord> first = new LinkedHashMap<>();
        for (TableRecord assessment : data.rows(AnnexAList.EARLY_HELP)) {
            LocalDate start = assessment.date(EH_ASSESSMENT_START_DATE);
            if (context.period().inWindow(start)) {
                first.merge(assessment.childId(), assessment,
                        (kept, next) -> next.date(EH_ASSESSMENT_START_DATE).isBefore(kept.date(EH_ASSESSMENT_START_DATE))
                                ? next : kept);
            }
        }
        return List.copyOf(first.values());
    }
}
