package uk.chatbatch.indicators.earlyhelp;

import static uk.chatbatch.annexa.Field.EH_ORGANISATION;

import uk.chatbatch.indicators.Breakdown;
import uk.chatbatch.model.table.TableRecord;

/** List 2's Organisation completing assessment, free text, as a breakdown. */
final class Organisations {

    private Organisations() {
    }

    /** Each organisation as the LA wrote it, sorted by name; a blank one is unknown. */
    static Breakdown<TableRecord> breakdown() {
        return Breakdown.discovered("organisation", r -> {
            String organisation = r.text(EH_ORGANISATION);
            return organisation == null || organisation.isBlank() ? Breakdown.UNKNOWN : organisation;
        });
    }
}
