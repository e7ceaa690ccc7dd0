package uk.frontdoor.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.core.EventPublicationRepository;

/** Spring Modulith's event publication registry, with completion marks written in groups. */
@Configuration(proxyBeanMethods = false)
class EventRegistryConfiguration {

  @Bean
  static BeanPostProcessor eventCompletionsInGroups(ObjectProvider<JdbcOperations> jdbc) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof EventPublicationRepository repository && !(bean instanceof EventCompletions)) {
          return new EventCompletions(repository, jdbc.getObject());
        }
        return bean;
      }
    };
  }
}
