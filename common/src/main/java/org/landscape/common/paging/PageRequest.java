package org.landscape.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code limit}/{@code offset} query parameters shared by every list endpoint. */
public class PageRequest {

  public static final int MAX_LIMIT = 500;

  @QueryParam("limit")
  @DefaultValue("50")
  @Min(value = 1, message = "must be at least 1")
  @Max(value = MAX_LIMIT, message = "must be at most " + MAX_LIMIT)
  @Parameter(description = "Page size (1-500)", example = "50")
  public int limit = 50;

  @QueryParam("offset")
  @DefaultValue("0")
  @Min(value = 0, message = "must not be negative")
  @Parameter(description = "Number of items to skip", example = "0")
  public int offset;

  public static PageRequest of(int limit, int offset) {
    PageRequest page = new PageRequest();
    page.limit = limit;
    page.offset = offset;
    return page;
  }
}
