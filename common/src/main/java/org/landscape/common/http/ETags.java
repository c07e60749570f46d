package org.landscape.common.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

/** Strong entity tags from a record's version, and the If-Match check that guards updates. */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** Refuses an update whose If-Match header is missing (428) or names another version (412). */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send If-Match with the ETag you last read, so that concurrent changes are not lost");
    }
    String current = Long.toString(currentVersion);
    boolean matches =
        Arrays.stream(ifMatch.split(","))
            .map(String::strip)
            .anyMatch(tag -> tag.equals("*") || unquote(tag).equals(current));
    if (!matches) {
      throw new ProblemException(
          ProblemType.PRECONDITION_FAILED,
          "The resource has changed since you read it (current ETag \""
              + current
              + "\"); read it again and retry");
    }
  }

  private static String unquote(String tag) {
    String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
    if (strong.length() >= 2 && strong.startsWith("\"") && strong.endsWith("\"")) {
      return strong.substring(1, strong.length() - 1);
    }
    return strong;
  }
}
