package uk.chatbatch.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Arrays;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What a library logs through java.util.logging reaches logback (and so the log file), not the console. */
class JdkLoggingTest {

    @Test
    void aLibrarysJdkWarningArrivesInLogbackWithItsParametersAndTheConsoleHandlerIsGone() {
        Logger target = (Logger) LoggerFactory.getLogger("uk.chatbatch.test.jdk");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        target.addAppender(seen);
        try {
            JdkLogging.toSlf4j();
            JdkLogging.toSlf4j();

            java.util.logging.Logger.getLogger("uk.chatbatch.test.jdk").log(Level.WARNING, "codec {0} not found",
                    "snappy");
            java.util.logging.Logger.getLogger("uk.chatbatch.test.jdk").fine("below the JDK's INFO: not passed on");

            assertThat(seen.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ch.qos.logback.classic.Level.WARN,
                            "codec snappy not found"));
            java.util.logging.Handler[] handlers = LogManager.getLogManager().getLogger("").getHandlers();
            assertThat(Arrays.stream(handlers).filter(h -> h instanceof JdkLogging)).as("installed once").hasSize(1);
            assertThat(handlers).noneMatch(h -> h instanceof ConsoleHandler);
        } finally {
            target.detachAppender(seen);
        }
    }
}
