package uk.frontdoor.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in member of a council's staff. Every staff page works within their council. */
public final class StaffUser implements UserDetails, CredentialsContainer {

  @Serial private static final long serialVersionUID = 1L;

  private final UUID id;
  private final UUID authorityId;
  private final String username;
  private final String displayName;
  private final List<String> roles;
  private final boolean enabled;
  private String passwordHash;

  public StaffUser(
      UUID id,
      UUID authorityId,
      String username,
      String displayName,
      List<String> roles,
      boolean enabled,
      String passwordHash) {
    this.id = id;
    this.authorityId = authorityId;
    this.username = username;
    this.displayName = displayName;
    this.roles = List.copyOf(roles);
    this.enabled = enabled;
    this.passwordHash = passwordHash;
  }

  public UUID id() {
    return id;
  }

  public UUID authorityId() {
    return authorityId;
  }

  public String displayName() {
    return displayName;
  }

  public List<String> roles() {
    return roles;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
