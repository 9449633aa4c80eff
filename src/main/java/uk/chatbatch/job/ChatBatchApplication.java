package uk.chatbatch.job;

import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import uk.chatbatch.logging.JdkLogging;

/**
 * The Spring shell around the job. Only this package is Spring-managed: reading, checking, indicators and rendering
 * are plain Java in the other packages.
 *
 * <p>A plain Spring context, not a Spring Boot application: Boot's start-up (its environment, logging system and
 * the evaluation of its auto-configuration) cost about 0.5 s of CPU of each {@code run} and gave this job nothing
 * it cannot declare itself ({@link JobRepositoryConfiguration}). Every bean is lazy, so a context is ready without
 * opening the job repository, which is opened when the job runner is first asked for.
 */
@Configuration(proxyBeanMethods = false)
@Import({JobRepositoryConfiguration.class, ChatJobConfiguration.class, JobRunner.class, RegionJobRunner.class})
public class ChatBatchApplication {

    /** The shell on the job repository at this JDBC URL; the caller closes it. */
    public static ConfigurableApplicationContext start(String jobRepositoryUrl) {
        // What Boot did for the libraries that log through java.util.logging: into our log file, not the console.
        JdkLogging.toSlf4j();
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("chat-batch",
                Map.of(JobRepositoryConfiguration.URL, jobRepositoryUrl)));
        context.addBeanFactoryPostProcessor(beans -> {
            for (String name : beans.getBeanDefinitionNames()) {
                beans.getBeanDefinition(name).setLazyInit(true);
            }
        });
        context.register(ChatBatchApplication.class);
        context.refresh();
        return context;
    }
}
