package org.agora.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Malformed files fail with {@code file:line:column: expected ...} and nothing else. */
class GambitErrorsTest {

  private static final String EFG_HEADER = "EFG 2 R \"t\" { \"A\" \"B\" }\n";

  private static void assertError(String text, String source, String message) {
    assertThatThrownBy(() -> GambitFormats.parse(text, source))
        .isExactlyInstanceOf(GambitParseException.class)
        .hasMessage(message)
        .hasNoCause();
  }

  @Test
  void tooManyPayoffsPointAtTheStrategyCounts() {
    assertError("NFG 1 R \"\" { \"a\" \"b\" \"c\" } { 100000 100000 2 } 0", "big.nfg",
        "big.nfg:1:28: expected a game with fewer than 2^31 payoffs");
  }

  /**
   * A header declaring 26 players of 2 strategies (1.7 billion payoffs, under the 2^31 guard) in a
   * file holding three fails at the file's end; before, the reader allocated the game first (gigabytes).
   */
  @Test
  void aHeaderDeclaringMorePayoffsThanTheFileHoldsFailsAtTheEndWithoutAllocatingThem() {
    String players = "\"p\" ".repeat(26);
    String strategies = "2 ".repeat(26);
    long profiles = 1L << 26;
    String payoffVersion = "NFG 1 R \"\" { " + players + "} { " + strategies + "} 1 2 3";
    assertError(payoffVersion, "x.nfg", "x.nfg:1:" + (payoffVersion.length() + 1)
        + ": unexpected end of file, expected a number (payoff 4 of " + profiles * 26 + ")");
    String outcomeVersion = "NFG 1 R \"\" { " + players + "} { " + strategies + "} { { \"o\" " + "1 ".repeat(26)
        + "} } 1 0";
    assertError(outcomeVersion, "x.nfg", "x.nfg:1:" + (outcomeVersion.length() + 1)
        + ": unexpected end of file, expected an outcome number from 0 to 1 (entry 3 of " + profiles + ")");
  }

  @Test
  void wrongFirstWordNamesTheExpectedFormat() {
    assertError("NGF 1 R \"\" { \"a\" } { 1 } 0", "x.nfg", "x.nfg:1:1: expected 'NFG'");
    assertError("\n  EGF 2 R", "x.efg", "x.efg:2:3: expected 'EFG'");
    assertError("hello", "x.txt", "x.txt:1:1: expected 'NFG' or 'EFG'");
    assertError("", "empty.nfg", "empty.nfg:1:1: unexpected end of file, expected 'NFG'");
  }

  @Test
  void positionIsReportedForTheOffendingToken() {
    GambitParseException error = (GambitParseException) org.assertj.core.api.Assertions.catchThrowable(
        () -> GambitFormats.parse(EFG_HEADER + "p \"\" 1 1 \"\" { \"a\" } 0\nt \"\" 1 \"\" { 1.5 x }\n", "x.efg"));
    assertThat(error.getMessage()).isEqualTo("x.efg:3:17: expected a number or '}'");
    assertThat(error.source()).isEqualTo("x.efg");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.column()).isEqualTo(17);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      NFG 2 R "" { "a" } { 1 } 0                          | x.nfg:1:5: expected version 1
      NFG 1 Q "" { "a" } { 1 } 0                          | x.nfg:1:7: expected 'R' or 'D'
      NFG 1 R title { "a" } { 1 } 0                       | x.nfg:1:9: expected the title (a quoted string)
      NFG 1 R "" "a" { 1 } 0                              | x.nfg:1:12: expected '{' before the player names
      NFG 1 R "" { "a" 3 } { 1 } 0                        | x.nfg:1:18: expected a player name (a quoted string) or '}'
      NFG 1 R "" { } { 1 } 0                              | x.nfg:1:14: expected at least one player name
      NFG 1 R "" { "a" } { 0 } 0                          | x.nfg:1:22: expected the number of strategies of player 1 (a positive integer)
      NFG 1 R "" { "a" "b" } { { "x" } { } } 0            | x.nfg:1:34: expected at least one strategy for player 2
      NFG 1 R "" { "a" "b" } { 2 2 2 } 0                  | x.nfg:1:30: expected '}' after the strategies of 2 players
      NFG 1 R "" { "a" "b" } { 1 2 } 1 2 3                | x.nfg:1:37: unexpected end of file, expected a number (payoff 4 of 4)
      NFG 1 R "" { "a" "b" } { 1 2 } 1 2 3 4 5            | x.nfg:1:40: expected end of file
      NFG 1 R "" { "a" "b" } { 1 2 } 1 2 three 4          | x.nfg:1:36: expected a number (payoff 3 of 4)
      NFG 1 R "" { "a" "b" } { 1 2 } 1 2 1/0 4            | x.nfg:1:36: expected a number
      NFG 1 R "" { "a" } { 2 } { { "o" 1 } } 1 2          | x.nfg:1:42: expected an outcome number from 0 to 1 (entry 2 of 2)
      NFG 1 R "" { "a" } { 2 } { { "o" 1 2 } } 1 1        | x.nfg:1:36: expected '}' after 1 payoffs (one per player)
      NFG 1 R "" { "a" "b" } { 1 1 } { { "o" 1 } } 1      | x.nfg:1:42: expected 2 payoffs (one per player), found 1
      NFG 1 R "" { "a" } { 1 } { "o" 1 } 1                | x.nfg:1:28: expected '{' to start an outcome or '}' to end the outcome list
      NFG 1 R "" { "a" } { 1 } 1e50000                    | x.nfg:1:26: expected a number (payoff 1 of 1)
      NFG 1 R "" { "a" } { 1 } 1e2000                     | x.nfg:1:26: expected a number with an exponent between -1000 and 1000
      NFG 1 R "unterminated { "a" } { 1 } 0               | x.nfg:1:27: expected a closing '"' for the string that starts here
      """)
  void nfgErrors(String text, String message) {
    assertError(text, "x.nfg", message);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      EFG 1 R "" { "A" } t "" 0                                              | x.efg:1:5: expected version 2
      EFG 2 R "" { "A" } x "" 0                                              | x.efg:1:20: expected a node ('c', 'p' or 't')
      EFG 2 R "" { "A" } t 0                                                 | x.efg:1:22: expected the node's name (a quoted string)
      EFG 2 R "" { "A" } p "" 2 1 "" { "a" } 0 t "" 0                        | x.efg:1:25: expected a player number from 1 to 1
      EFG 2 R "" { "A" } p "" 1 0 "" { "a" } 0 t "" 0                        | x.efg:1:27: expected a positive information set number
      EFG 2 R "" { "A" } p "" 1 1 "" { } 0                                   | x.efg:1:34: expected at least one action
      EFG 2 R "" { "A" } p "" 1 1 "" { "a" 1 } 0                             | x.efg:1:38: expected an action name (a quoted string) or '}'
      EFG 2 R "" { "A" } p "" 1 1 "" 0 t "" 0                                | x.efg:1:32: expected the action list of information set 1 of player 1 ('{'), which is not defined yet
      EFG 2 R "" { "A" } p "" 1 1 "" { "a" "b" } 0 t "" 0                    | x.efg:1:52: unexpected end of file, expected a node ('c', 'p' or 't')
      EFG 2 R "" { "A" } t "" 0 t "" 0                                       | x.efg:1:27: expected end of file
      EFG 2 R "" { "A" } t "" 1 "win"                                        | x.efg:1:32: unexpected end of file, expected the payoffs of outcome 1 ('{'), which is not defined yet
      EFG 2 R "" { "A" } t "" 1 "" { 1 2 }                                   | x.efg:1:34: expected '}' after 1 payoffs (one per player)
      EFG 2 R "" { "A" } t "" -1 "" { 1 }                                    | x.efg:1:25: expected an outcome number (0 for none)
      EFG 2 R "" { "A" } c "" 1 "" { "h" 1/2 "t" 1/3 } 0 t "" 0 t "" 0       | x.efg:1:20: expected chance probabilities that sum to 1, found a sum of 5/6
      EFG 2 R "" { "A" } c "" 1 "" { "h" 3/2 "t" -1/2 } 0 t "" 0 t "" 0      | x.efg:1:36: expected a probability between 0 and 1
      EFG 2 R "" { "A" } c "" 1 "" { "h" "t" } 0 t "" 0 t "" 0               | x.efg:1:36: expected the action's probability (a number)
      """)
  void efgErrors(String text, String message) {
    assertError(text, "x.efg", message);
  }

  @Test
  void inconsistentInformationSetsAndOutcomesPointAtTheirDefinition() {
    String twoSets = EFG_HEADER
        + "p \"\" 1 1 \"\" { \"a\" \"b\" } 0\n"
        + "p \"\" 2 1 \"s\" { \"x\" \"y\" } 0\n"
        + "t \"\" 0\n"
        + "t \"\" 0\n"
        + "p \"\" 2 1 \"s\" { \"x\" \"y\" \"z\" } 0\n";
    assertError(twoSets, "x.efg", "x.efg:6:14: expected 2 actions as at information set 1 of player 2 (line 3), found 3");
    assertError(twoSets.replace("\"x\" \"y\" \"z\"", "\"x\" \"w\""), "x.efg",
        "x.efg:6:14: expected the same actions as at information set 1 of player 2 (line 3)");
    assertError(twoSets.replace("\"s\" { \"x\" \"y\" \"z\" }", "\"other\""), "x.efg",
        "x.efg:6:10: expected the name \"s\" of information set 1 of player 2 (line 3)");
    String outcomes = EFG_HEADER
        + "p \"\" 1 1 \"\" { \"a\" \"b\" } 0\n"
        + "t \"\" 1 \"win\" { 1 -1 }\n"
        + "t \"\" 1 \"win\" { 1 1 }\n";
    assertError(outcomes, "x.efg", "x.efg:4:14: expected the same payoffs as outcome 1 (line 3)");
    assertError(outcomes.replace("\"win\" { 1 1 }", "\"lose\""), "x.efg",
        "x.efg:4:8: expected the name \"win\" of outcome 1 (line 3)");
  }
}
