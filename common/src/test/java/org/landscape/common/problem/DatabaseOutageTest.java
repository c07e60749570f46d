package org.landscape.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which database failures are an outage (503, retry) rather than a fault of the request. */
class DatabaseOutageTest {

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "08001 | Connection to localhost:5432 refused                 | true",
        "08006 | An I/O error occurred while sending to the backend   | true",
        "08003 | This connection has been closed                      | true",
        "57P01 | terminating connection due to administrator command | true",
        "57P02 | terminating connection because of crash of another  | true",
        "57P03 | the database system is starting up                   | true",
        "53300 | sorry, too many clients already                      | true",
        "null  | Sorry, acquisition timeout!                          | true",
        "23505 | duplicate key value violates unique constraint       | false",
        "22021 | invalid byte sequence for encoding UTF8: 0x00        | false",
        "22008 | date/time field value out of range                   | false",
        "40001 | could not serialize access                           | false",
        "null  | something else                                       | false"
      })
  void tellsAnOutageFromAFaultOfTheRequest(String state, String message, boolean outage) {
    assertThat(DatabaseOutage.isOutage(new SQLException(message, state))).isEqualTo(outage);
  }
}
