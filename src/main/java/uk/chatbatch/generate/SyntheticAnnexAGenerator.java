package uk.chatbatch.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a synthetic LA's Annex A workbook: eleven lists of invented children whose journeys hang
 * together, for tests, demonstrations and benchmarks. The same options give the same file, byte for
 * byte.
 *
 * <p>Relative to the period end T, and the six-month window ending on it:
 * <ul>
 * <li>Most children have contacts in the window (List 1); about half of the contacts made while no episode is open
 * become a referral the same or the next working day (List 3), a few with no further action.</li>
 * <li>Referred children are assessed from the referral day or a few working days later (List 4); about
 * 85% of completed assessments are authorised within 45 working days, the rest later, and those not
 * authorised by T are open.</li>
 * <li>About 30% of assessed referrals lead to a strategy discussion and section 47 enquiry (List 5);
 * half of those to an initial conference, about 80% within 15 working days; most conferences start a
 * child protection plan (List 7) on the day. About 20% of new plans have previous plans; some plans
 * started years before the window and a few of those that lasted 2+ years end in it.</li>
 * <li>Children in need (List 6): an episode from each assessed referral (closed after assessment,
 * open, on a plan or in care), plus episodes, plans and periods of care that began before the
 * window.</li>
 * <li>Children in care (List 8): open at T or ceased in the window, entering from plans, from
 * assessments or as unaccompanied asylum seekers, or looked after for years. Number of placements in
 * the last 12 months is mostly 1, some 2, about 10% 3 or more.</li>
 * <li>Care leavers aged 17 to 21 (List 9); young children with adoption decisions, orders, matches and
 * placements in order (List 10); adopters with stage dates (List 11), some matched with those children
 * through a shared family identifier.</li>
 * </ul>
 *
 * <p><b>Earlier referrals on List 3.</b> Annex A List 3 holds referrals in the six months, but real
 * extracts often reach further back. So that the re-referral measure has history, List 3 also holds
 * earlier referrals (before the window, up to 18 months before T) for children referred in the window:
 * about 20% of the window's referrals have an earlier referral within 12 months, and a few children
 * have one just over 12 months earlier, which must not count. "Number of Referrals in Last 12 Months"
 * counts the referrals dated on or after the same day 12 months earlier, the referral itself included;
 * the section 47 and conference counts on List 5 follow the same rule. List 4 likewise holds a few
 * assessments that started before the window and were authorised in it or are still open.
 *
 * <p>All dates fall between 2019-01-01 and T, except dates of birth and the start of long periods of
 * care. With {@link GeneratorOptions#mess()} the workbook also carries the mess described in
 * {@link Mess}, and the returned {@link GeneratedCounts} says how many rows a reader must quarantine.
 */
public final class SyntheticAnnexAGenerator {

    /** Writes the workbook to the path (replacing it) and returns the path. */
    public Path write(GeneratorOptions options, Path xlsx) throws IOException {
        return generate(options, xlsx).file();
    }

    /** Writes the workbook to the path (replacing it) and returns what was written, list by list. */
    public GeneratedCounts generate(GeneratorOptions options, Path xlsx) throws IOException {
        Path target = xlsx.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        // Not createTempFile: its owner-only permissions would carry over to the workbook.
        Path partial = directory.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".partial");
        try {
            GeneratedCounts counts;
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                counts = generate(options, out, xlsx);
            }
            moveIntoPlace(partial, target);
            return counts;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes the workbook to a stream, which is left open; the path is only recorded in the counts. */
    public GeneratedCounts generate(GeneratorOptions options, OutputStream out, Path recordedAs) throws IOException {
        ListRows rows = SyntheticLa.build(options);
        Mess mess = options.mess() ? Mess.of(options.seed()) : Mess.none();
        Path raw = Files.createTempFile("annex-a-", ".xlsx");
        try {
            GeneratedCounts counts;
            try (OutputStream workbook = new BufferedOutputStream(Files.newOutputStream(raw), 1 << 16)) {
                counts = new WorkbookWriter(options, mess).write(rows, workbook, recordedAs);
            }
            ReproducibleZip.copy(raw, options.periodEnd() + "T00:00:00Z", out);
            return counts;
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
