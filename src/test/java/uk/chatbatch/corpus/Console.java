package uk.chatbatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import uk.chatbatch.cli.CapturedOutput;

/** What a user may be shown on the console when a run cannot go on. */
final class Console {

    private Console() {
    }

    /** One line, one sentence: no full stop followed by another capitalised sentence, ending in a full stop. */
    static void assertOneSentence(String message) {
        assertThat(message).as("a message").isNotBlank().doesNotContain("\n").endsWith(".");
        assertThat(message.substring(0, message.length() - 1)).as("one sentence: " + message)
                .doesNotContainPattern("[.!?] +[A-Z][a-z]");
    }

    static void assertNoStackTrace(CapturedOutput run) {
        for (String stream : new String[] {run.out(), run.err()}) {
            assertThat(stream).as("no stack trace on the console").doesNotContainPattern("\\n\\s+at [a-z]")
                    .doesNotContain("Exception:").doesNotContain("Caused by");
        }
    }
}
