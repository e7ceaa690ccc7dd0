package uk.frontdoor.authority.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.authority.WorkingCalendar;

/**
 * The one calendar, counting with the bank holidays known when it is asked: the latest copy of
 * GOV.UK's file an administrator uploaded or the deployment fetched, else the one shipped with the
 * application or named by {@code frontdoor.bank-holidays.location=file:/path/file.json}.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingCalendar workingCalendar(JdbcAuthorities authorities) {
    return new WorkingCalendar(authorities::bankHolidays, UkTime.ZONE);
  }
}
