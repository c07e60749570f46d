package org.landscape.common.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An NHS financial year, 1 April to 31 March, written {@code 2013/14}. */
public record FinancialYear(int startYear) {

  public static final String REGEX = "\\d{4}/\\d{2}";
  public static final String MESSAGE =
      "must be a financial year written YYYY/YY with consecutive years, such as 2013/14";
  private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})");

  public static Optional<FinancialYear> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = TEXT.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(matcher.group(1));
    int end = Integer.parseInt(matcher.group(2));
    return (start + 1) % 100 == end ? Optional.of(new FinancialYear(start)) : Optional.empty();
  }

  public static FinancialYear containing(LocalDate date) {
    return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  /** The years that {@code [from, to)} touches, in order. */
  public static List<FinancialYear> spanning(LocalDate from, LocalDate to) {
    List<FinancialYear> years = new ArrayList<>();
    for (FinancialYear year = containing(from);
        year.firstDay().isBefore(to);
        year = new FinancialYear(year.startYear + 1)) {
      years.add(year);
    }
    return years;
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, 4, 1);
  }

  /** The first day of the next year: the half-open end. */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, 4, 1);
  }

  @Override
  public String toString() {
    return String.format("%d/%02d", startYear, (startYear + 1) % 100);
  }
}
