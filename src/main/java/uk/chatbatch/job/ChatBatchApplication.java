package uk.chatbatch.job;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot shell around the job. Only this package is Spring-managed: reading, checking,
 * indicators and rendering are plain Java in the other packages.
 */
@SpringBootApplication
public class ChatBatchApplication {
}
