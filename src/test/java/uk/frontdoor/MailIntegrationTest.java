package uk.frontdoor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Like {@link IntegrationTest}, but sending email by SMTP to a GreenMail server on port 3025, with
 * the outbox drained only when a test says so. Tests with these settings share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=3025",
      "frontdoor.notification.drain.enabled=false"
    })
@AutoConfigureMockMvc
public @interface MailIntegrationTest {}
