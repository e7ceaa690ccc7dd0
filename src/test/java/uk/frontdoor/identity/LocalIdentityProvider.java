package uk.frontdoor.identity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test suite's OpenID Connect provider ({@link IdentityProvider}, Spring Authorization Server)
 * started by hand, to try a council's single sign-on on a machine without one (README, "Trying
 * single sign-on on your machine"):
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=uk.frontdoor.identity.LocalIdentityProvider \
 *   -Dexec.args="9000 a-local-secret http://localhost:8080/staff/sign-in/sso/oxfordshire/return mash.worker@example.org=fd-mash"
 * </pre>
 *
 * <p>Arguments: the port (its issuer is {@code http://localhost:<port>}), the client secret (the
 * client id is {@value IdentityProvider#CLIENT_ID}), the redirect address Front Door's single
 * sign-on page shows, then one {@code username=group,group} for each user (their password is
 * {@value IdentityProvider#PASSWORD}). It runs until stopped.
 */
public final class LocalIdentityProvider {

  private LocalIdentityProvider() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length < 4) {
      System.err.println("Give: <port> <client secret> <redirect address> <username=group,group>...");
      System.exit(2);
    }
    Map<String, List<String>> users = new LinkedHashMap<>();
    for (String user : Arrays.copyOfRange(args, 3, args.length)) {
      String[] parts = user.split("=", 2);
      users.put(parts[0], parts.length > 1 ? List.of(parts[1].split(",")) : List.of());
    }
    IdentityProvider provider = IdentityProvider.start(Integer.parseInt(args[0]), args[1], List.of(args[2]), users);
    System.out.println("OpenID Connect provider at " + provider.issuer() + ", client id " + IdentityProvider.CLIENT_ID
        + ", users " + users.keySet() + " with the password " + IdentityProvider.PASSWORD);
    Thread.currentThread().join();
  }
}
