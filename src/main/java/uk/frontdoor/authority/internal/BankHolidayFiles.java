package uk.frontdoor.authority.internal;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.authority.BankHolidayUpdates;
import uk.frontdoor.authority.BankHolidays;
import uk.frontdoor.authority.UkTime;

/**
 * Copies of GOV.UK's bank holidays file in {@code authority_bank_holidays}: uploaded, or fetched
 * once a day from {@code frontdoor.bank-holidays.fetch-url} when the deployment sets one (off by
 * default). A fetch that fails, or brings a bad file, is logged and changes nothing.
 */
@Service
class BankHolidayFiles implements BankHolidayUpdates {

  /** The division Front Door counts with: English councils. */
  static final String DIVISION = "england-and-wales";

  private static final Logger log = LoggerFactory.getLogger(BankHolidayFiles.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final JdbcClient jdbc;
  private final JdbcAuthorities authorities;
  private final String fetchUrl;
  private final TransactionTemplate transactions;
  private final java.time.Clock clock;

  BankHolidayFiles(
      JdbcClient jdbc, JdbcAuthorities authorities, @Value("${frontdoor.bank-holidays.fetch-url:}") String fetchUrl,
      TransactionTemplate transactions, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.transactions = transactions;
    this.authorities = authorities;
    this.fetchUrl = fetchUrl;
  }

  @Override
  @Transactional
  public BankHolidays upload(byte[] file, UUID byId, String byName) {
    return keep(file, "UPLOAD", byId, byName);
  }

  private BankHolidays keep(byte[] file, String source, UUID byId, String byName) {
    String content = checked(file);
    BankHolidays holidays = read(content);
    BankHolidays known = authorities.bankHolidays();
    if (holidays.lastHoliday().isBefore(known.lastHoliday())) {
      throw new IllegalArgumentException("The file’s last bank holiday is " + DAY.format(holidays.lastHoliday())
          + ", before the last one already known (" + DAY.format(known.lastHoliday()) + "): choose GOV.UK’s latest file");
    }
    authorities.writing();
    jdbc.sql(
            """
            INSERT INTO authority_bank_holidays (content, source, last_holiday, by_id, by_name, at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(content, source, Date.valueOf(holidays.lastHoliday()), byId, byName, java.sql.Timestamp.from(clock.instant()))
        .update();
    return holidays;
  }

  private static String checked(byte[] file) {
    if (file == null || file.length == 0) {
      throw new IllegalArgumentException("The file is empty: choose GOV.UK’s bank-holidays.json");
    }
    if (file.length > MAX_BYTES) {
      throw new IllegalArgumentException("The file must be smaller than 1 MB");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(file))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("The file must be a JSON file, like GOV.UK’s bank-holidays.json");
    }
  }

  private static BankHolidays read(String content) {
    try {
      return BankHolidays.fromGovUkJson(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), DIVISION);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new IllegalArgumentException(
          "The file is not GOV.UK’s bank holidays file with England and Wales in it: " + e.getMessage());
    }
  }

  /** Fetches the configured address once a day, if there is one; what fails is logged and changes nothing. */
  @Scheduled(cron = "${frontdoor.bank-holidays.fetch-cron:0 40 4 * * *}", zone = UkTime.ZONE_ID)
  void fetchDaily() {
    if (fetchUrl == null || fetchUrl.isBlank()) {
      return;
    }
    try {
      URI address = URI.create(fetchUrl.strip());
      transactions.executeWithoutResult(status -> fetch(address));
    } catch (RuntimeException e) {
      log.warn("Bank holidays not fetched from {}; keeping the last good copy: {}", fetchUrl, e.getMessage());
    }
  }

  /** Fetches and keeps the file at an address, unless it is the same as the latest copy; in a transaction. */
  void fetch(URI address) {
    byte[] body;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
    try {
      HttpResponse<byte[]> response = http.send(
          HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the address answered " + response.statusCode());
      }
      body = response.body();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    String latest = jdbc.sql("SELECT content FROM authority_bank_holidays ORDER BY id DESC LIMIT 1")
        .query(String.class).optional().orElse(null);
    if (Objects.equals(latest, new String(body, StandardCharsets.UTF_8))) {
      return;
    }
    BankHolidays holidays = keep(body, "FETCH", null, null);
    log.info("Bank holidays fetched from {}: known until {}", address, holidays.lastHoliday());
  }
}
