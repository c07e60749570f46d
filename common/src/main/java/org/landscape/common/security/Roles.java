package org.landscape.common.security;

/** The roles a bearer token's {@code groups} claim can carry. Reads need none by default. */
public final class Roles {

  /** Creates and updates records through the API. */
  public static final String EDITOR = "editor";

  /** Runs bulk imports of the official ODS and ONS files. */
  public static final String IMPORTER = "importer";

  /** Another service of the suite, calling on its own behalf. */
  public static final String SERVICE = "service";

  private Roles() {}
}
