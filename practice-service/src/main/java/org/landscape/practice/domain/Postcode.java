package org.landscape.practice.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcodes, validated and normalised to upper case with one space before the inward code. */
public final class Postcode {

  public static final String MESSAGE = "must be a UK postcode such as TS6 0HA";
  private static final Pattern NORMALISED =
      Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}");

  private Postcode() {}

  /** The normalised postcode, or empty when the text is not a UK postcode. */
  public static Optional<String> normalise(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (compact.length() < 5 || compact.length() > 7) {
      return Optional.empty();
    }
    String spaced =
        compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    return NORMALISED.matcher(spaced).matches() ? Optional.of(spaced) : Optional.empty();
  }

  /** A search prefix in the stored form: upper case, spaces collapsed. */
  public static String prefix(String text) {
    return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }
}
