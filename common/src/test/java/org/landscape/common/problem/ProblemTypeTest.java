package org.landscape.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The problem type and detail of each status the HTTP layer answers with by itself. */
class ProblemTypeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, BAD_REQUEST",
    "404, NOT_FOUND",
    "405, METHOD_NOT_ALLOWED",
    "413, PAYLOAD_TOO_LARGE",
    "414, URI_TOO_LONG",
    "415, UNSUPPORTED_MEDIA_TYPE",
    "422, UNPROCESSABLE",
    "428, BAD_REQUEST",
    "431, HEADER_FIELDS_TOO_LARGE",
    "408, BAD_REQUEST",
    "500, INTERNAL_ERROR",
    "502, INTERNAL_ERROR",
    "503, PEER_UNAVAILABLE"
  })
  void aBareStatusMapsToAGenericType(int status, ProblemType type) {
    assertThat(ProblemType.forStatus(status)).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "404, There is no resource at /ccgs/00C/nothing",
    "405, This method is not allowed on /ccgs/00C/nothing",
    "414, The request line is longer than this service accepts",
    "431, The request headers are larger than this service accepts"
  })
  void describesTheStatusForThePath(int status, String detail) {
    assertThat(HttpStatusDetails.describe(status, "/ccgs/00C/nothing")).isEqualTo(detail);
  }
}
