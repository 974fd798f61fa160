package org.agora.cli.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.agora.cli.output.CsvWriter;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.evaluation.rating.EloRating;
import org.agora.evaluation.rating.Glicko2Rating;
import org.agora.evaluation.rating.MatchStreamRatings;
import org.agora.evaluation.rating.RatedAgent;
import org.agora.evaluation.rating.WengLinRating;
import org.agora.evaluation.report.CrossTableRatings;

/**
 * The ratings of {@code agora rate}, one ranked table per method, as text, JSON or CSV. Every row
 * has a {@code score} (the number the method ranks by: Nash rating, alpha-rank mass, Elo rating,
 * Glicko-2 rating, Weng–Lin {@code mu - 3 sigma}) and, where the method has them, a
 * {@code rating} (Weng–Lin mu; otherwise the score), a {@code deviation} (Glicko-2 RD, Weng–Lin
 * sigma) and a {@code weight} (Nash equilibrium weight, alpha-rank mass).
 *
 * @param source where the data came from
 * @param methods the methods to show, in order
 * @param tableRatings Nash averaging and alpha-rank, or {@code null} when neither was asked for
 * @param streamRatings the match-stream ratings, or {@code null} without matches
 */
public record RatingsOutput(String source, List<RatingMethod> methods, CrossTableRatings tableRatings,
    MatchStreamRatings streamRatings) {

  /** One ranked row of one method. */
  record Row(String agent, double score, Double rating, Double deviation, Double weight, Long matches) {}

  public RatingsOutput {
    methods = List.copyOf(methods);
  }

  List<Row> rows(RatingMethod method) {
    List<Row> rows = new ArrayList<>();
    switch (method) {
      case NASH, ALPHARANK -> {
        double[] score = method == RatingMethod.NASH ? tableRatings.nashRatings() : tableRatings.alphaRankMass();
        double[] weight = method == RatingMethod.NASH ? tableRatings.nashWeights() : score;
        List<String> agents = tableRatings.agents();
        IntStream.range(0, agents.size()).boxed()
            .sorted(Comparator.comparingDouble((Integer a) -> -score[a]).thenComparing(agents::get))
            .forEach(a -> rows.add(new Row(agents.get(a), score[a], score[a], null, weight[a], null)));
      }
      case ELO -> {
        for (RatedAgent<EloRating> row : streamRatings.elo()) {
          rows.add(new Row(row.agent(), row.score(), row.rating().rating(), null, null, row.matches()));
        }
      }
      case GLICKO2 -> {
        for (RatedAgent<Glicko2Rating> row : streamRatings.glicko2()) {
          rows.add(new Row(row.agent(), row.score(), row.rating().rating(), row.rating().deviation(), null,
              row.matches()));
        }
      }
      case WENG_LIN -> {
        for (RatedAgent<WengLinRating> row : streamRatings.wengLin()) {
          rows.add(new Row(row.agent(), row.score(), row.rating().mu(), row.rating().sigma(), null, row.matches()));
        }
      }
      default -> throw new IllegalStateException("unhandled method " + method);
    }
    return rows;
  }

  private String caption(RatingMethod method) {
    return switch (method) {
      case NASH -> "Nash averaging (maximum-entropy Nash of the antisymmetric part of the table)";
      case ALPHARANK -> "alpha-rank (alpha " + Numbers.compact(tableRatings.alpha()) + ", population size "
          + tableRatings.populationSize() + "): stationary mass";
      case ELO -> "Elo (K 32, matches replayed round by round)";
      case GLICKO2 -> "Glicko-2 (one rating period per round)";
      case WENG_LIN -> "Weng-Lin (Plackett-Luce, as OpenSkill): ranked by mu - 3 sigma";
    };
  }

  /** {@link Numbers#fixed} without a minus sign on values that round to zero. */
  static String fixed(double value, int decimals) {
    String text = Numbers.fixed(value, decimals);
    return text.startsWith("-") && text.substring(1).matches("[0.]+") ? text.substring(1) : text;
  }

  /** One captioned, ranked text table per method. */
  public String text() {
    StringBuilder out = new StringBuilder(source).append("\n");
    for (RatingMethod method : methods) {
      out.append('\n').append(caption(method)).append('\n');
      TextTable table = switch (method) {
        case NASH -> TextTable.withHeaders("RANK", "AGENT", "NASH RATING", "NASH WEIGHT")
            .align(TextTable.Alignment.RIGHT, 0, 2, 3);
        case ALPHARANK -> TextTable.withHeaders("RANK", "AGENT", "MASS").align(TextTable.Alignment.RIGHT, 0, 2);
        case ELO -> TextTable.withHeaders("RANK", "AGENT", "ELO", "MATCHES").align(TextTable.Alignment.RIGHT, 0, 2, 3);
        case GLICKO2 -> TextTable.withHeaders("RANK", "AGENT", "RATING", "DEVIATION", "95% INTERVAL", "MATCHES")
            .align(TextTable.Alignment.RIGHT, 0, 2, 3, 4, 5);
        case WENG_LIN -> TextTable.withHeaders("RANK", "AGENT", "MU - 3 SIGMA", "MU", "SIGMA", "MATCHES")
            .align(TextTable.Alignment.RIGHT, 0, 2, 3, 4, 5);
      };
      int rank = 1;
      for (Row row : rows(method)) {
        switch (method) {
          case NASH -> table.addRow(rank++, row.agent(), fixed(row.score(), 3), fixed(row.weight(), 4));
          case ALPHARANK -> table.addRow(rank++, row.agent(), fixed(row.score(), 4));
          case ELO -> table.addRow(rank++, row.agent(), fixed(row.score(), 1), row.matches());
          case GLICKO2 -> table.addRow(rank++, row.agent(), fixed(row.score(), 1),
              fixed(row.deviation(), 1), "[" + fixed(row.score() - 2 * row.deviation(), 1) + ", "
                  + fixed(row.score() + 2 * row.deviation(), 1) + "]", row.matches());
          case WENG_LIN -> table.addRow(rank++, row.agent(), fixed(row.score(), 3),
              fixed(row.rating(), 3), fixed(row.deviation(), 3), row.matches());
        }
      }
      out.append(table.render());
    }
    return out.toString();
  }

  /** JSON: the source and, per method, its ranked rows. */
  public String json() {
    JsonWriter writer = new JsonWriter().beginObject().field("source", source);
    if (tableRatings != null) {
      writer.field("alpha", tableRatings.alpha()).field("populationSize", tableRatings.populationSize());
    }
    writer.name("methods").beginObject();
    for (RatingMethod method : methods) {
      writer.name(method.label()).beginArray();
      int rank = 1;
      for (Row row : rows(method)) {
        writer.beginObject().field("rank", rank++).field("agent", row.agent()).field("score", row.score());
        if (row.rating() != null) {
          writer.field("rating", row.rating());
        }
        if (row.deviation() != null) {
          writer.field("deviation", row.deviation());
        }
        if (row.weight() != null) {
          writer.field("weight", row.weight());
        }
        if (row.matches() != null) {
          writer.field("matches", row.matches());
        }
        writer.endObject();
      }
      writer.endArray();
    }
    return writer.endObject().endObject().toString();
  }

  /** CSV in long form: one line per method and agent. */
  public String csv() {
    CsvWriter csv = new CsvWriter("method", "rank", "agent", "score", "rating", "deviation", "weight", "matches");
    for (RatingMethod method : methods) {
      int rank = 1;
      for (Row row : rows(method)) {
        csv.row(method.label(), rank++, row.agent(), row.score(), row.rating(), row.deviation(), row.weight(),
            row.matches());
      }
    }
    return csv.toString();
  }
}
