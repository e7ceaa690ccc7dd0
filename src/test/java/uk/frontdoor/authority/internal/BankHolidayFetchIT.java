package uk.frontdoor.authority.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.authority.WorkingCalendar;

/**
 * The deployment's configured address is fetched over real HTTP (a server started here): a newer
 * file is used at once, the same file again is not kept twice, and an address that fails or serves
 * a bad file changes nothing.
 */
@IntegrationTest
class BankHolidayFetchIT {

  @Autowired BankHolidayFiles files;
  @Autowired WorkingCalendar calendar;
  @Autowired TransactionTemplate transactions;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  HttpServer server;
  volatile String served;
  volatile int status = 200;

  @BeforeEach
  void aServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/bank-holidays.json", exchange -> {
      byte[] body = served.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    JdbcClient.create(ownerDataSource).sql("DELETE FROM authority_bank_holidays").update();
  }

  private URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bank-holidays.json");
  }

  private long copies() {
    return JdbcClient.create(ownerDataSource).sql("SELECT count(*) FROM authority_bank_holidays").query(Long.class).single();
  }

  static String newer() throws Exception {
    try (InputStream in = BankHolidayFetchIT.class.getResourceAsStream("/authority/bank-holidays.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("\"events\"\\s*:\\s*\\[",
          "\"events\": [{\"title\": \"New Year’s Day\", \"date\": \"2028-01-03\", \"notes\": \"\", \"bunting\": true},");
    }
  }

  @Test
  void aNewerFileFetchedIsUsedAtOnceAndKeptOnce() throws Exception {
    served = newer();
    transactions.executeWithoutResult(s -> files.fetch(address()));
    assertThat(calendar.bankHolidays().lastHoliday()).isEqualTo(LocalDate.of(2028, 1, 3));
    transactions.executeWithoutResult(s -> files.fetch(address()));
    assertThat(copies()).isOne();
  }

  @Test
  void aFailingAddressOrABadFileKeepsTheLastGoodCopy() {
    served = "not found";
    status = 404;
    assertThatThrownBy(() -> transactions.executeWithoutResult(s -> files.fetch(address()))).hasMessageContaining("404");
    status = 200;
    served = "{\"england-and-wales\": {\"events\": []}}";
    assertThatThrownBy(() -> transactions.executeWithoutResult(s -> files.fetch(address())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(copies()).isZero();
    assertThat(calendar.bankHolidays().lastHoliday()).isEqualTo(LocalDate.of(2027, 12, 28));
  }
}
