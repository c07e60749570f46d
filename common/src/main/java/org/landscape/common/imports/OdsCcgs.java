package org.landscape.common.imports;

import java.util.Locale;
import java.util.Set;

/**
 * Which rows of ODS eccg are CCGs: the file also lists commissioning hubs and reporting entities
 * (names ending HUB or ENTITY) and the national hubs 13Q and 15L, which are not.
 */
public final class OdsCcgs {

  private static final Set<String> NATIONAL_HUBS = Set.of("13Q", "15L");

  private OdsCcgs() {}

  public static boolean isCcg(String code, String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT);
    return !NATIONAL_HUBS.contains(code) && !upper.endsWith("HUB") && !upper.endsWith("ENTITY");
  }
}
