package uk.chatbatch.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The parts of one report that could not be drawn (an indicator's figure, a table row, a tile, a section), each
 * drawn in its place as "could not be drawn: reason" and listed on the data-quality page and in the run summary,
 * so one faulty part never sinks the report. Faults of the document itself (OpenPDF's), and of the small-number
 * rule (which must stop the shareable report), are not caught here.
 */
public final class NotDrawn {

    public static final String PREFIX = "could not be drawn: ";

    /** One part not drawn: what it is (e.g. "ASM-03, by working days") and why. */
    public record Part(String what, String reason) {
        public String sentence() {
            return what + " " + PREFIX + reason;
        }
    }

    private final List<Part> parts = new ArrayList<>();

    /** The part, or empty when drawing it threw (then it is recorded). */
    public <T> Optional<T> attempt(String what, Supplier<T> draw) {
        try {
            return Optional.of(draw.get());
        } catch (ExceptionConverter | DocumentException | SuppressionFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            record(what, e);
            return Optional.empty();
        }
    }

    /** Whether the part was drawn; when it threw, it is recorded. */
    public boolean tryDrawing(String what, Runnable draw) {
        return attempt(what, () -> {
            draw.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    Part record(String what, RuntimeException e) {
        Part part = new Part(what, reason(e));
        parts.add(part);
        return part;
    }

    /** The last part recorded, for the text drawn in its place. */
    public Part last() {
        return parts.get(parts.size() - 1);
    }

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    static String reason(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
}
