package uk.chatbatch.cli;

import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.chatbatch.job.ChatBatchApplication;
import uk.chatbatch.jobfile.JobDefinition;

/** Starts the Spring Batch shell against one job repository: the LA job's ({@link ChatBatchApplication}) or another. */
final class JobContext {

    private JobContext() {
    }

    static ConfigurableApplicationContext start(JobDefinition job) {
        return start(job.jobRepositoryUrl());
    }

    static ConfigurableApplicationContext start(String jobRepositoryUrl) {
        return ChatBatchApplication.start(jobRepositoryUrl);
    }

    /** The Spring Boot shell of another job (the roll-up's). */
    static ConfigurableApplicationContext start(Class<?> application, String jobRepositoryUrl) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.datasource.url", jobRepositoryUrl,
                        "spring.batch.jdbc.initialize-schema", "always",
                        "spring.batch.job.enabled", "false",
                        "spring.main.lazy-initialization", "true"))
                .run();
    }
}
