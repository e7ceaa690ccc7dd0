package uk.frontdoor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.frontdoor.audit.AuditCommand;

@SpringBootApplication
public class FrontDoorApplication {
  public static void main(String[] args) {
    // The operator's audit commands read the database and end; they do not start the application.
    if (AuditCommand.handles(args)) {
      System.exit(AuditCommand.run(args, System.out, System.err, System.getenv()));
    }
    SpringApplication.run(FrontDoorApplication.class, args);
  }
}
