package uk.chatbatch.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;

/**
 * Routes a run's log events (our progress lines; library warnings and errors with their stacks, masked)
 * to the {@link RunLog}. Before a command names its output folder there is no run to log for.
 */
public final class RunLogAppender extends AppenderBase<ILoggingEvent> {

    private static final String OWN_LOGGERS = "uk.chatbatch.";

    @Override
    protected void append(ILoggingEvent event) {
        if (!RunLog.forRun()) {
            return;
        }
        // Our own lines are the console's progress lines, written without cell values; a library's may quote one.
        String message = event.getLoggerName().startsWith(OWN_LOGGERS) ? event.getFormattedMessage()
                : MaskedText.of(event.getFormattedMessage());
        StringBuilder entry = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " " + message)
                .append(System.lineSeparator());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            entry.append(t == event.getThrowableProxy() ? "" : "Caused by: ").append(t.getClassName()).append(": ")
                    .append(MaskedText.of(t.getMessage())).append(System.lineSeparator());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                entry.append('\t').append(frame.getSTEAsString()).append(System.lineSeparator());
            }
        }
        RunLog.append(entry.toString());
    }
}
