package uk.frontdoor.platform;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Puts {@link InputText} where text comes in (ADR 0011): on every request's parameters, on every
 * string the application's JSON mapper reads or writes (the API's bodies, the referral documents
 * stored as jsonb) and on every string in a session read back from PostgreSQL (public reporters'
 * drafts kept from before a change of this rule).
 */
@Configuration(proxyBeanMethods = false)
class InputTextConfiguration implements BeanClassLoaderAware {

  private ClassLoader classLoader = InputTextConfiguration.class.getClassLoader();

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /** After the form body is read (FormContentFilter), before Spring Security. */
  @Bean
  FilterRegistrationBean<InputTextFilter> inputTextFilter() {
    FilterRegistrationBean<InputTextFilter> registration = new FilterRegistrationBean<>(new InputTextFilter());
    registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 200);
    return registration;
  }

  @Bean
  JsonMapperBuilderCustomizer inputTextJson() {
    SimpleModule module = new SimpleModule("InputText");
    module.addDeserializer(String.class, new CleanStringDeserializer());
    module.addSerializer(String.class, new CleanStringSerializer());
    return builder -> builder.addModule(module);
  }

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> inputTextSessions() {
    GenericConversionService conversions = new GenericConversionService();
    conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
    conversions.addConverter(
        byte[].class, Object.class, new DeserializingConverter(this::readCleaned));
    return repository -> repository.setConversionService(conversions);
  }

  private Object readCleaned(InputStream bytes) throws IOException {
    try (CleanStrings in = new CleanStrings(bytes, classLoader)) {
      return in.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException("A session attribute's class is missing", e);
    }
  }

  /** Reads a serialised session attribute, every string in it cleaned on the way. */
  private static final class CleanStrings extends ConfigurableObjectInputStream {

    CleanStrings(InputStream in, ClassLoader classLoader) throws IOException {
      super(in, classLoader);
      enableResolveObject(true);
    }

    @Override
    protected Object resolveObject(Object read) {
      return read instanceof String text ? InputText.clean(text) : read;
    }
  }

  /** Every JSON string read, cleaned. */
  private static final class CleanStringDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
      return InputText.clean(super.deserialize(parser, context));
    }
  }

  /** Every string written as JSON, cleaned: nothing PostgreSQL's jsonb refuses reaches it. */
  private static final class CleanStringSerializer extends StdScalarSerializer<String> {
    CleanStringSerializer() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator generator, SerializationContext context) throws JacksonException {
      generator.writeString(InputText.clean(value));
    }
  }
}
