package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** Start-up says, in one short block, where to go and where the demo sign-ins are listed. */
@ExtendWith(OutputCaptureExtension.class)
class StartupNoticeTest {

  @Test
  void oneShortBlockWithTheAddressAndWhereTheDemoSignInsAre(CapturedOutput output) {
    new StartupNotice(new MockEnvironment().withProperty("local.server.port", "8085")).announce();
    assertThat(output.getOut())
        .contains("Front Door is ready: open http://localhost:8085/")
        .contains("listed in README.md")
        .doesNotContain("demo-password");
    assertThat(output.getOut().strip().lines()).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void inProductionOnlyTheAddress(CapturedOutput output) {
    MockEnvironment production = new MockEnvironment().withProperty("local.server.port", "443");
    production.setActiveProfiles("production");
    new StartupNotice(production).announce();
    assertThat(output.getOut()).contains("Front Door is ready at http://localhost:443/").doesNotContain("README");
  }
}
