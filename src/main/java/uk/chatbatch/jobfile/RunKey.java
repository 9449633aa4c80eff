package uk.chatbatch.jobfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.chatbatch.localauthorities.LocalAuthorities;
import uk.chatbatch.localauthorities.RunLa;

/**
 * The run's key (LA and period end) and its inputs, checked before any work: nothing is recorded in the job
 * repository and nothing is written to the output folder for a job this refuses. The LA must be an English LA
 * in force on the period end in the bundled table, or a synthetic LA (990 to 999); the period end must lie
 * between {@link #EARLIEST_PERIOD_END} and a year after today; every input given as a path must be a regular
 * file or a folder, since reading a named pipe or a device would wait for ever.
 */
public final class RunKey {

    /** The first period end taken: the LA table's rows and the returns this product reads start no earlier. */
    public static final LocalDate EARLIEST_PERIOD_END = LocalDate.of(2010, 4, 1);
    /** Today, as the period-end bound is judged: the LA's own time zone. */
    public static final Clock LONDON = Clock.system(ZoneId.of("Europe/London"));

    public static final String NO_PERIOD_END = "No period end: give --period-end <yyyy-mm-dd> or period_end in the job file.";

    /**
     * A job that passed, for the LA in the table.
     *
     * @param job   the job, named as the table names a real LA
     * @param la    the LA: its row in force on the period end, or synthetic
     * @param notes sentences for the user (a name given that the table overrides, a replaced ONS code)
     */
    public record Checked(JobDefinition job, RunLa la, List<String> notes) {
        public Checked {
            notes = List.copyOf(notes);
        }
    }

    private RunKey() {
    }

    /**
     * Checks the job's period end, LA and input paths, in that order, and gives the job with a real LA's name
     * from the table.
     *
     * @param where what the job came from, to begin each message (a job file, "command line", an LA's folder)
     * @throws JobFileException with one sentence naming the value and what would be accepted
     */
    public static Checked check(JobDefinition job, String where, Clock clock) {
        LocalDate end = job.periodEnd().orElseThrow(() -> new JobFileException(NO_PERIOD_END));
        checkPeriodEnd(end, where, clock);
        RunLa la;
        try {
            la = LocalAuthorities.bundled().atPeriodEnd(job.laCodeGiven(), end);
        } catch (IllegalArgumentException e) {
            throw new JobFileException(where + ": " + e.getMessage());
        }
        List<String> notes = new ArrayList<>();
        la.note().ifPresent(notes::add);
        JobDefinition checked = job;
        if (la.inForce().isPresent() && !la.inForce().get().name().equals(job.laName())) {
            String tableName = la.inForce().get().name();
            notes.add("LA " + la.dfeCode() + " is " + tableName + " in the DfE table, the name its outputs carry; the"
                    + " name '" + job.laName() + "' given " + ("command line".equals(where) ? "on the command line" : "in " + where)
                    + " is not used.");
            checked = job.withLaName(tableName);
        }
        requireFileOrFolder(job.annexA(), "the Annex A input", where);
        requireFileOrFolder(job.ssda903(), "the SSDA903 input", where);
        requireFileOrFolder(job.cin(), "the CIN census input", where);
        requireFileOrFolder(job.postcodeCentroids(), "the postcode centroids file", where);
        requireFileOrFolder(job.shareable().keyFile(), "the key file", where);
        return new Checked(checked, la, notes);
    }

    /** A period end from 2010-04-01 to a year after today (that day included). */
    public static void checkPeriodEnd(LocalDate end, String where, Clock clock) {
        LocalDate latest = LocalDate.now(clock).plusYears(1);
        String range = "; give a period end from " + EARLIEST_PERIOD_END + " to " + latest + ".";
        if (end.isBefore(EARLIEST_PERIOD_END)) {
            throw new JobFileException(where + ": period end " + end + " is before " + EARLIEST_PERIOD_END
                    + ", the earliest the product takes" + range);
        }
        if (end.isAfter(latest)) {
            throw new JobFileException(where + ": period end " + end + " is more than a year after today ("
                    + LocalDate.now(clock) + ")" + range);
        }
    }

    /**
     * Refuses, without opening it, a path that exists but is neither a regular file nor a folder (a named pipe,
     * a device, a socket): opening one would block until something writes to it. A missing path is left to
     * the reader, which names it.
     */
    static void requireFileOrFolder(Optional<Path> input, String what, String where) {
        if (input.isEmpty()) {
            return;
        }
        Path path = input.get();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return;
        }
        if (!attributes.isRegularFile() && !attributes.isDirectory()) {
            throw new JobFileException(where + ": " + what + " " + path + " is not a regular file or a folder (a named"
                    + " pipe, a device or a socket), so it is not read; give a file or a folder.");
        }
    }
}
