package uk.frontdoor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import uk.frontdoor.platform.workflow.EveryMove;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a real embedded PostgreSQL, on a random port, with the clock fixed at
 * Friday 27 November 2026 16:15 UK time (see {@code config/application.properties} in the test
 * resources), which tests can move ({@link TestClock}), and {@link EveryMove} to try a workflow's
 * every command. Every integration test uses the same
 * settings so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, EveryMove.class})
@TestExecutionListeners(listeners = TestClock.Reset.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {}
