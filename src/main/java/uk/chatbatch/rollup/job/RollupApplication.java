package uk.chatbatch.rollup.job;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The Spring Batch shell of the {@code rollup} command: the same auto-configuration as the LA job's shell
 * ({@link uk.chatbatch.job.ChatBatchApplication}), scanning only this package, so a roll-up starts none of the LA
 * job's beans.
 */
@SpringBootConfiguration
@ComponentScan
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, BatchJdbcAutoConfiguration.class})
public class RollupApplication {
}
