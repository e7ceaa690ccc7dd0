package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The council administrator's and the LADO's pages, signed in as the demo staff. */
class StaffRolesJourneyIT extends BrowserJourney {

  @Test
  void theAdministratorSeesTheCouncilsStaffAndTheLadoTheAllegations() {
    Page admin = signIn("council.admin@oxfordshire.demo", null);
    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff: authenticator apps and lock-outs")).click();
    assertThat(admin.locator("h1")).hasText("Staff");
    assertThat(admin.locator("table")).containsText("mash.manager@oxfordshire.demo");
    assertThat(admin.locator("table")).not().containsText("southampton.demo");
    assertAccessible(admin, "oxfordshire-admin-staff");

    Page lado = signIn("lado.officer@oxfordshire.demo", null);
    lado.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Allegations about adults who work with children")).click();
    assertThat(lado.locator("h1")).hasText("Allegations about adults who work with children");
    assertAccessible(lado, "oxfordshire-lado-allegations");
  }
}
