package uk.frontdoor.authority.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.BankHolidays;

/**
 * The bank holidays shipped with the application in GOV.UK's {@code bank-holidays.json} format,
 * or the file the deployment names with {@code frontdoor.bank-holidays.location}: the fallback
 * while no newer copy has been uploaded or fetched.
 */
@Component
class ShippedBankHolidays implements Supplier<BankHolidays> {

  private final BankHolidays holidays;

  ShippedBankHolidays(
      @Value("${frontdoor.bank-holidays.location:classpath:authority/bank-holidays.json}") Resource location) {
    try (InputStream in = location.getInputStream()) {
      this.holidays = BankHolidays.fromGovUkJson(in, BankHolidayFiles.DIVISION);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bank holidays at " + location, e);
    }
  }

  @Override
  public BankHolidays get() {
    return holidays;
  }
}
