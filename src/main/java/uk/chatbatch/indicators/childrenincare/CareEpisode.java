package uk.chatbatch.indicators.childrenincare;

import static uk.chatbatch.ssda903.Ssda903Field.HOME_POST;
import static uk.chatbatch.ssda903.Ssda903Field.LS;
import static uk.chatbatch.ssda903.Ssda903Field.PLACE;
import static uk.chatbatch.ssda903.Ssda903Field.PL_POST;
import static uk.chatbatch.ssda903.Ssda903Field.REC;
import static uk.chatbatch.ssda903.Ssda903Field.RNE;
import static uk.chatbatch.ssda903.Ssda903Field.URN;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import uk.chatbatch.calendar.Window;
import uk.chatbatch.indicators.Codes;
import uk.chatbatch.model.CodeSets;
import uk.chatbatch.model.table.TableRecord;

/**
 * One SSDA903 episode as the indicators read it: its row, its start (DECOM) and the day it ended. The end is the
 * recorded DEC when there is one. An episode left open (no DEC) that is not the child's last, or that comes from a
 * collection year before the latest one supplied, is an open-episode error (ssda903.md section 6.2): it is taken to
 * end when the child's next episode starts, else on the 31 March that closed its collection year, and since that end
 * was not recorded it is never a child ceasing care.
 *
 * @param endRecorded whether {@code end} is the DEC the LA returned
 */
public record CareEpisode(TableRecord row, LocalDate start, LocalDate end, boolean endRecorded) {

    /** Temporary placements: T0 to T4. */
    public static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
    public static final String STARTED = "S";
    public static final String NEW_EPISODE_SAME_DAY = "X1";

    public String child() {
        return row.childId();
    }

    public String reasonForNewEpisode() {
        return row.text(RNE);
    }

    public String legalStatus() {
        return row.text(LS);
    }

    public String placementType() {
        return row.text(PLACE);
    }

    public String homePostcode() {
        return row.text(HOME_POST);
    }

    public String placementPostcode() {
        return row.text(PL_POST);
    }

    /** REC as returned, when the end was recorded; null otherwise. */
    public String reasonCeased() {
        return endRecorded ? row.text(REC) : null;
    }

    public boolean shortBreak() {
        return Codes.oneOf(CodeSets.SHORT_BREAKS, legalStatus());
    }

    public boolean temporary() {
        return Codes.oneOf(TEMPORARY, placementType());
    }

    public boolean startsPeriodOfCare() {
        return STARTED.equals(reasonForNewEpisode());
    }

    /** Open at the end of the day: started on or before it and not ended on or before it. */
    public boolean openOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }

    public boolean during(Window window) {
        return window.overlaps(start, end);
    }

    /** The same placement as another: same placement type, URN and placement postcode (blanks equal). */
    public boolean samePlaceAs(CareEpisode other) {
        return Objects.equals(placementType(), other.placementType())
                && Objects.equals(row.text(URN), other.row.text(URN))
                && Objects.equals(placementPostcode(), other.placementPostcode());
    }
}
