package org.agora.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class GambitEquilibriaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void normalFormProfilesAreExactWhereTheSolverWasExactAndDecimalOtherwise() throws Exception {
    String json = """
        {"profiles": [
          {"exact": true, "strategies": [[0.5, 0.5], [0.3333333333333333, 0.6666666666666666]],
           "exactStrategies": [["1/2", "1/2"], ["1/3", "2/3"]]},
          {"exact": false, "strategies": [[1.0, 0.0], [0.33333333, 1.0E-9]]}
        ]}""";
    assertThat(GambitEquilibria.lines(MAPPER.readTree(json)))
        .containsExactly("NE,1/2,1/2,1/3,2/3", "NE,1,0,0.333333,0");
  }

  @Test
  void aTreePolicyIsOneBehaviourProfileWithEachPlayersInformationSetsInTreeOrder() throws Exception {
    String json = """
        {"policy": [
          {"player": 0, "key": "a", "actions": [0, 1], "probabilities": [0.25, 0.75]},
          {"player": 1, "key": "b", "actions": [0, 1], "probabilities": [1.0, 0.0]},
          {"player": 0, "key": "c", "actions": [0, 2], "probabilities": [0.5, 0.5], "exactProbabilities": ["1/2", "1/2"]}
        ]}""";
    assertThat(GambitEquilibria.lines(MAPPER.readTree(json))).containsExactly("NE,0.25,0.75,1/2,1/2,1,0");
    assertThat(GambitEquilibria.text(GambitEquilibria.lines(MAPPER.readTree(json)))).isEqualTo("NE,0.25,0.75,1/2,1/2,1,0\n");
  }

  @Test
  void decimalsFollowGambitsSixPlaces() {
    assertThat(GambitEquilibria.decimal(0.1234567)).isEqualTo("0.123457");
    assertThat(GambitEquilibria.decimal(-2.0)).isEqualTo("-2");
    assertThat(GambitEquilibria.decimal(4e-7)).isEqualTo("0");
  }

  @Test
  void jsonThatIsNotASolveResultIsRefused() throws Exception {
    assertThatThrownBy(() -> GambitEquilibria.lines(MAPPER.readTree("{\"kind\": \"tournament\"}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither");
  }
}
