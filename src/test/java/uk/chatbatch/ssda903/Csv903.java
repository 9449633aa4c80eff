package uk.chatbatch.ssda903;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small SSDA903 files for tests: the header line, then rows as written. */
final class Csv903 {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
            + "PL_POST,URN";
    static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE";
    static final String UASC = "CHILD,SEX,DOB,DUC";
    static final String OC2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
            + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";
    static final String OC3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
    static final String AD1 = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR";
    static final String PLACED_ADOPTION = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED";
    static final String PREV_PERM = "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM";
    static final String MISSING = "CHILD,DOB,MISSING,MIS_START,MIS_END";
    static final String SW_EPISODES = "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON";
    static final String DOLO = "CHILD,DOB,DOLO_START,DOLO_END";

    private Csv903() {
    }

    /** Lines joined with \n and ended with one. */
    static Path write(Path dir, String relative, String... lines) {
        return writeRaw(dir, relative, String.join("\n", lines) + "\n");
    }

    static Path writeRaw(Path dir, String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeBytes(Path dir, String relative, byte[] content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
