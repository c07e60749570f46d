package org.landscape.common.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import org.landscape.common.time.SupportedDates;

/**
 * What a JSON body may hold, beyond its schema: text is {@link PlainText}, dates are within {@link
 * SupportedDates}, and an empty string is not a date, a number, an enum or a boolean (Jackson would
 * read it as null). Each refusal is a 400 naming the field, through the JSON problem mapper.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    SimpleModule module = new SimpleModule("landscape-strict-json");
    module.addDeserializer(String.class, new PlainStrings());
    module.addDeserializer(LocalDate.class, new SupportedLocalDates());
    mapper.registerModule(module);
    mapper
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
  }

  /** After Quarkus's own customizer, so that these deserializers take precedence. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  private static final class PlainStrings extends StdScalarDeserializer<String> {

    PlainStrings() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (text != null && !PlainText.isPlain(text)) {
        throw InvalidFormatException.from(parser, PlainText.RULE, text, String.class);
      }
      return text;
    }
  }

  private static final class SupportedLocalDates extends StdScalarDeserializer<LocalDate> {

    SupportedLocalDates() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
      if (date != null && !SupportedDates.contains(date)) {
        throw InvalidFormatException.from(
            parser,
            "must be a date from " + SupportedDates.FIRST + " to " + SupportedDates.LAST,
            date.toString(),
            LocalDate.class);
      }
      return date;
    }
  }
}
