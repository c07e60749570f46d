package org.landscape.hwb.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An NHS financial year, 1 April to 31 March, written {@code 2014/15}. */
public record FinancialYear(int startYear) {

  public static final String MESSAGE =
      "must be a financial year written YYYY/YY with consecutive years, such as 2014/15";
  private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})");

  public static Optional<FinancialYear> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(matcher.group(1));
    int end = Integer.parseInt(matcher.group(2));
    return (start + 1) % 100 == end ? Optional.of(new FinancialYear(start)) : Optional.empty();
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, 4, 1);
  }

  @Override
  public String toString() {
    return String.format("%d/%02d", startYear, (startYear + 1) % 100);
  }
}
