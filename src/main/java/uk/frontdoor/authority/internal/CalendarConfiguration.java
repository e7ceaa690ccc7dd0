package uk.frontdoor.authority.internal;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import uk.frontdoor.authority.BankHolidays;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.authority.WorkingCalendar;

/**
 * The bank holidays ship with the application in GOV.UK's {@code bank-holidays.json} format; a
 * newer file can be dropped in with {@code frontdoor.bank-holidays.location=file:/path/file.json}.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  BankHolidays bankHolidays(
      @Value("${frontdoor.bank-holidays.location:classpath:authority/bank-holidays.json}")
          Resource location)
      throws IOException {
    try (InputStream in = location.getInputStream()) {
      return BankHolidays.fromGovUkJson(in, "england-and-wales");
    }
  }

  @Bean
  WorkingCalendar workingCalendar(BankHolidays bankHolidays) {
    return new WorkingCalendar(bankHolidays, UkTime.ZONE);
  }
}
