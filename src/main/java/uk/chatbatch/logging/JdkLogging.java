package uk.chatbatch.logging;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what libraries log through {@code java.util.logging} (H2, snappy, Hadoop, Spring JDBC) to SLF4J, so it
 * goes where logback.xml says (library warnings to the launch's log file, {@link RunLog}) instead of the console.
 */
public final class JdkLogging extends Handler {

    private static final SimpleFormatter MESSAGE = new SimpleFormatter();

    private JdkLogging() {
    }

    /** Replaces the JDK's default console handler by this bridge; once per process, later calls do nothing. */
    public static synchronized void toSlf4j() {
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof JdkLogging) {
                return;
            }
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
        root.addHandler(new JdkLogging());
    }

    @Override
    public void publish(LogRecord record) {
        Logger logger = LoggerFactory.getLogger(record.getLoggerName() == null ? "" : record.getLoggerName());
        int level = record.getLevel().intValue();
        String message = MESSAGE.formatMessage(record);
        if (level >= Level.SEVERE.intValue()) {
            logger.error(message, record.getThrown());
        } else if (level >= Level.WARNING.intValue()) {
            logger.warn(message, record.getThrown());
        } else if (level >= Level.INFO.intValue()) {
            logger.info(message, record.getThrown());
        } else if (level >= Level.FINE.intValue()) {
            logger.debug(message, record.getThrown());
        } else {
            logger.trace(message, record.getThrown());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
