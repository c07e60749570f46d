package org.landscape.commissioning.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Amounts in pounds, exact to the penny: never floating point. */
public final class Money {

  public static final int SCALE = 2;
  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

  private Money() {}

  /** {@code amount × part / whole}, to the nearest penny (half up). */
  public static BigDecimal proRata(BigDecimal amount, long part, long whole) {
    if (part >= whole) {
      return amount.setScale(SCALE);
    }
    if (part <= 0) {
      return ZERO;
    }
    return amount
        .multiply(BigDecimal.valueOf(part))
        .divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Splits an amount in proportion to the weights, in whole pennies that sum exactly to it: each
   * share is rounded down, and the pennies left over go to the largest remainders (the earlier
   * share on a tie).
   */
  public static List<BigDecimal> allocate(BigDecimal amount, List<Long> weights) {
    long totalWeight = weights.stream().mapToLong(Long::longValue).sum();
    List<BigDecimal> shares = new ArrayList<>();
    if (totalWeight <= 0) {
      weights.forEach(weight -> shares.add(ZERO));
      return shares;
    }
    BigInteger pennies = amount.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue();
    BigInteger total = BigInteger.valueOf(totalWeight);
    List<BigInteger> floors = new ArrayList<>();
    List<BigInteger> remainders = new ArrayList<>();
    BigInteger allocated = BigInteger.ZERO;
    for (long weight : weights) {
      BigInteger[] division =
          pennies.multiply(BigInteger.valueOf(weight)).divideAndRemainder(total);
      floors.add(division[0]);
      remainders.add(division[1]);
      allocated = allocated.add(division[0]);
    }
    int leftOver = pennies.subtract(allocated).intValueExact();
    List<Integer> byRemainder = new ArrayList<>();
    for (int index = 0; index < weights.size(); index++) {
      byRemainder.add(index);
    }
    byRemainder.sort(
        Comparator.comparing((Integer index) -> remainders.get(index))
            .reversed()
            .thenComparing(index -> index));
    for (int next = 0; next < leftOver; next++) {
      int index = byRemainder.get(next);
      floors.set(index, floors.get(index).add(BigInteger.ONE));
    }
    floors.forEach(share -> shares.add(new BigDecimal(share, SCALE)));
    return shares;
  }
}
