package uk.chatbatch.model;

import java.util.Optional;

/** A code list as the value parser sees it: which code a value names, and what would be accepted. */
public interface CodeMatcher {

    /** The canonical code the text names, or empty when it names none. */
    Optional<String> match(String text);

    /** What the list accepts, for the message about a value it does not. */
    String describeAccepted();
}
