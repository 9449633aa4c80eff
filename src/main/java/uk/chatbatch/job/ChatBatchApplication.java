package uk.chatbatch.job;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The Spring Boot shell around the job. Only this package is Spring-managed: reading, checking,
 * indicators and rendering are plain Java in the other packages.
 *
 * <p>The auto-configuration is the list the job uses (the job repository's data source, its transaction
 * manager, and Spring Batch over JDBC with its schema), not every one Boot could apply: evaluating and
 * loading the rest (AOP, task executors and schedulers, JDBC templates, SSL bundles, ...) cost about half
 * of {@code run}'s start-up for nothing. Check with {@code -Ddebug=true} after adding a starter.
 */
@SpringBootConfiguration
@ComponentScan
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, BatchJdbcAutoConfiguration.class})
public class ChatBatchApplication {
}
