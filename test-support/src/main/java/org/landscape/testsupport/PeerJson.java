package org.landscape.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A peer's answer for a WireMock stub, written from the peer's own API records (its {@code *-api}
 * module) as the peer writes them: ISO dates, nulls included. A stub typed this way breaks at
 * compile time when the peer's JSON changes.
 */
public final class PeerJson {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private PeerJson() {}

  public static String write(Object answer) {
    try {
      return JSON.writeValueAsString(answer);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalArgumentException("not writable as JSON: " + answer, unwritable);
    }
  }
}
