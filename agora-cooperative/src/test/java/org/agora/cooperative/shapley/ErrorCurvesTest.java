package org.agora.cooperative.shapley;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.agora.cooperative.CoalitionGame;
import org.agora.cooperative.game.SyntheticGames;
import org.junit.jupiter.api.Test;

/**
 * The error-versus-budget curves of every sampling estimator on the three named synthetic games;
 * writes them to {@code target/shapley-error-curves.csv} and checks that each curve falls from the
 * smallest to the largest budget (16x: the MSE of a 1/budget estimator falls 16x; we ask for 4x).
 */
@org.junit.jupiter.api.Tag("slow")
class ErrorCurvesTest {

  static final long[] BUDGETS = {2000, 4000, 8000, 16000, 32000};

  @Test
  void everyEstimatorImprovesWithBudgetOnTheThreeCurveGames() throws IOException {
    CoalitionGame[] games = SyntheticGames.curveGames();
    String[] names = SyntheticGames.curveGameNames();
    StringBuilder csv = new StringBuilder("game,estimator,budget,mse,mse_standard_error\n");
    for (int g = 0; g < games.length; g++) {
      List<ErrorCurves.Point> points = ErrorCurves.compute(games[g], ShapleyEstimators.samplingNames(), BUDGETS, 10);
      for (ErrorCurves.Point point : points) {
        csv.append(String.format(Locale.ROOT, "%s,%s,%d,%.4g,%.2g%n", names[g], point.estimator(), point.budget(),
            point.meanSquaredError(), point.standardError()));
      }
      for (String estimator : ShapleyEstimators.samplingNames()) {
        List<ErrorCurves.Point> curve = points.stream().filter(p -> p.estimator().equals(estimator)).toList();
        assertThat(curve.get(curve.size() - 1).meanSquaredError())
            .as("%s on %s", estimator, names[g])
            .isLessThan(curve.get(0).meanSquaredError() / 4);
      }
    }
    Path out = Path.of("target", "shapley-error-curves.csv");
    Files.createDirectories(out.getParent());
    Files.writeString(out, csv.toString());
  }
}
