package uk.chatbatch.job;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.batch.infrastructure.support.DatabaseType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Spring Batch's JDBC job repository, its data source and transaction manager, declared here rather than by Spring
 * Boot's auto-configuration: evaluating that (and Boot's start-up around it) took about a third of a second of
 * CPU of every {@code run} for beans this job does not use. The choices are Boot's: a Hikari pool, H2's user
 * {@code sa} with no password (what every existing H2 repository was created with), the default table prefix, and
 * Spring Batch's own schema script for the database, run only when its tables are missing.
 */
@Configuration(proxyBeanMethods = false)
public class JobRepositoryConfiguration extends JdbcDefaultBatchConfiguration {

    /** The environment property holding the job repository's JDBC URL. */
    public static final String URL = "chat-batch.job-repository-url";

    @Bean
    DataSource dataSource(Environment environment) {
        String url = environment.getRequiredProperty(URL);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        if (url.startsWith("jdbc:h2:")) {
            pool.setUsername("sa");
            pool.setPassword("");
        }
        createSchemaIfMissing(pool);
        return pool;
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    /**
     * Runs Spring Batch's schema script when its first table is missing; a repository made earlier is left as it
     * is, without running the script's statements to see them fail. Errors are let pass as Boot let them (another
     * process may have created the tables in between); a repository that cannot be used fails on first use.
     */
    static void createSchemaIfMissing(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (hasTable(connection, "BATCH_JOB_INSTANCE")) {
                return;
            }
            ResourceDatabasePopulator script = new ResourceDatabasePopulator(new ClassPathResource(
                    "org/springframework/batch/core/schema-" + platform(DatabaseType.fromMetaData(dataSource)) + ".sql"));
            script.setContinueOnError(true);
            script.populate(connection);
        } catch (SQLException | MetaDataAccessException e) {
            throw new IllegalStateException("The job repository cannot be opened: " + e.getMessage(), e);
        }
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The suffix of Spring Batch's schema script for the database. */
    private static String platform(DatabaseType type) {
        return switch (type) {
            case POSTGRES -> "postgresql";
            case HSQL -> "hsqldb";
            case DB2VSE, DB2ZOS, DB2AS400 -> "db2";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }
}
