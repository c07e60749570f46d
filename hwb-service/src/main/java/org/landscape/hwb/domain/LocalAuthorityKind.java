package org.landscape.hwb.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of English council, each identified by the prefix of its ONS code. */
public enum LocalAuthorityKind {
  UNITARY("E06", true),
  DISTRICT("E07", false),
  METROPOLITAN_BOROUGH("E08", true),
  LONDON_BOROUGH("E09", true),
  COUNTY("E10", true);

  private final String codePrefix;
  private final boolean upperTier;

  LocalAuthorityKind(String codePrefix, boolean upperTier) {
    this.codePrefix = codePrefix;
    this.upperTier = upperTier;
  }

  public String codePrefix() {
    return codePrefix;
  }

  /** Upper-tier councils host a Health and Wellbeing Board; districts never do. */
  public boolean isUpperTier() {
    return upperTier;
  }

  public static Optional<LocalAuthorityKind> ofCode(String code) {
    if (code == null || !LocalAuthorityCode.isValid(code)) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(kind -> code.startsWith(kind.codePrefix)).findFirst();
  }
}
