package uk.frontdoor.identity.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Where this site is, as the request being answered reached it (through the trusted proxies): for links in emails. */
final class SiteAddress {

  private SiteAddress() {}

  /** The address of the site's root, ending in /. */
  static String current() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUriString();
  }
}
