package uk.chatbatch.cli;

import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.chatbatch.job.ChatBatchApplication;
import uk.chatbatch.jobfile.JobDefinition;

/** Starts the Spring Batch shell against one job repository. */
final class JobContext {

    private JobContext() {
    }

    static ConfigurableApplicationContext start(JobDefinition job) {
        return new SpringApplicationBuilder(ChatBatchApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.datasource.url", job.jobRepositoryUrl(),
                        "spring.batch.jdbc.initialize-schema", "always",
                        "spring.batch.job.enabled", "false",
                        "spring.main.lazy-initialization", "true"))
                .run();
    }
}
