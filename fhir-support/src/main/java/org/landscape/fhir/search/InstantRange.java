package org.landscape.fhir.search;

import ca.uhn.fhir.parser.DataFormatException;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.DateTimeType;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.SupportedDates;

/**
 * The instants a {@code _lastUpdated} search asks for, as a half-open range {@code [from, before)}
 * (either end may be open). Each value is a prefix ({@code eq}, the default, {@code gt}, {@code
 * ge}, {@code lt}, {@code le}) and a date or date-time of any FHIR precision, which stands for the
 * whole of its year, month, day or second; repeated values narrow the range.
 */
public record InstantRange(Instant from, Instant before) {

  public static final InstantRange ANY = new InstantRange(null, null);

  public static InstantRange parse(String name, List<String> values) {
    InstantRange range = ANY;
    if (values == null) {
      return range;
    }
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        range = range.narrowedTo(one(name, value.strip()));
      }
    }
    return range;
  }

  public boolean isAny() {
    return from == null && before == null;
  }

  private InstantRange narrowedTo(InstantRange other) {
    Instant start =
        from == null || (other.from != null && other.from.isAfter(from)) ? other.from : from;
    Instant end =
        before == null || (other.before != null && other.before.isBefore(before))
            ? other.before
            : before;
    return new InstantRange(start, end);
  }

  private static InstantRange one(String name, String value) {
    String prefix =
        value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
    String time =
        value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(2) : value;
    DateTimeType parsed;
    try {
      parsed = new DateTimeType(time);
    } catch (DataFormatException | IllegalArgumentException notADateTime) {
      throw ProblemException.invalid(
          name, "must be a FHIR date or dateTime with an optional prefix (eq, gt, ge, lt, le)");
    }
    Instant start = parsed.getValue().toInstant();
    Instant end = parsed.getPrecision().add(parsed.getValue(), 1).toInstant();
    if (!SupportedDates.contains(start) || !SupportedDates.contains(end)) {
      throw ProblemException.invalid(name, "must be in the years 0001 to 9999");
    }
    return switch (prefix) {
      case "eq" -> new InstantRange(start, end);
      case "gt" -> new InstantRange(end, null);
      case "ge" -> new InstantRange(start, null);
      case "lt" -> new InstantRange(null, start);
      case "le" -> new InstantRange(null, end);
      default ->
          throw ProblemException.invalid(name, "takes the prefixes eq, gt, ge, lt and le only");
    };
  }
}
