package org.agora.store;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * The store contract on a real PostgreSQL server, whose JDBC URL is given in
 * {@value #URL_VARIABLE} ({@code scripts/test} starts a throwaway server and sets it). Without the
 * variable the tests are skipped, with a reason, unless {@value #REQUIRED_VARIABLE}{@code =1} says
 * they must run (as in CI), in which case they fail.
 */
class PostgresTournamentStoreTest extends TournamentStoreContract {

  static final String URL_VARIABLE = "AGORA_TEST_POSTGRES_URL";
  static final String REQUIRED_VARIABLE = "AGORA_TEST_POSTGRES_REQUIRED";

  private static boolean reasonShown;

  @Override
  String url() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      String reason = URL_VARIABLE + " is not set; ./scripts/test starts a PostgreSQL server and sets it";
      if ("1".equals(System.getenv(REQUIRED_VARIABLE))) {
        fail("PostgreSQL is required (" + REQUIRED_VARIABLE + "=1) but " + reason);
      }
      if (!reasonShown) {
        reasonShown = true;
        System.err.println("PostgresTournamentStoreTest skipped: " + reason);
      }
      Assumptions.abort("skipped: " + reason);
    }
    return url;
  }
}
