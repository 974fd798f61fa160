package org.agora.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.population.MetricIntervals;
import org.agora.evaluation.population.PopulationBootstrap;
import org.agora.evaluation.rating.MatchStreamRatings;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  private static final List<String> AGENTS = List.of("<script>alert(1)</script>", "Tom & Jerry", "\"quoted\" 'bot'");

  private static List<MatchRecord> records() {
    List<MatchRecord> records = new ArrayList<>();
    int pairing = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = i + 1; j < 3; j++) {
        for (int m = 0; m < 6; m++) {
          int first = m % 2 == 0 ? i : j;
          int second = m % 2 == 0 ? j : i;
          double value = (first - second) * 10 + m;
          records.add(new MatchRecord(pairing * 6L + m, pairing, m, new int[] {first, second}, m,
              new double[] {value, -value}, 1, 0));
        }
        pairing++;
      }
    }
    return records;
  }

  private static EvaluationReport fullReport() {
    List<MatchRecord> records = records();
    CrossTable table = TournamentResult.of(AGENTS, 2, records).crossTable();
    List<MetricIntervals> intervals = new PopulationBootstrap(100, 0.95, 1).intervals(AGENTS, records);
    return new EvaluationReport("Report <of> & for", "in-memory <run>", table, intervals,
        CrossTableRatings.of(table, 1.0, 50), MatchStreamRatings.of(AGENTS, records));
  }

  @Test
  void thePageIsSelfContainedWithItsTablesAndEscapesEveryName(@TempDir Path directory) throws IOException {
    List<Path> files = HtmlReport.write(fullReport(), directory);
    assertThat(files).extracting(path -> path.getFileName().toString())
        .containsExactly(HtmlReport.HTML, HtmlReport.HEATMAP, HtmlReport.RANKING, HtmlReport.ELO);
    String html = Files.readString(directory.resolve(HtmlReport.HTML), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
        .contains("<table id=\"metrics\">", "<table id=\"table-ratings\">", "<table id=\"elo\">",
            "<table id=\"glicko2\">", "<table id=\"weng-lin\">", "<table id=\"cross-table\">")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Tom &amp; Jerry", "&quot;quoted&quot; &#39;bot&#39;",
            "Report &lt;of&gt; &amp; for", "in-memory &lt;run&gt;")
        .doesNotContain("<script>", "Tom & Jerry", "http://", "https://", "src=\"/", "src=\"file");
    assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(4);
    // every opened table and row is closed
    assertThat(count(html, "<table")).isEqualTo(count(html, "</table>"));
    assertThat(count(html, "<tr>")).isEqualTo(count(html, "</tr>"));
    assertThat(count(html, "<td")).isEqualTo(count(html, "</td>"));
  }

  @Test
  void thePicturesAreValidPngsOfTheExpectedSize(@TempDir Path directory) throws IOException {
    HtmlReport.write(fullReport(), directory);
    BufferedImage heatmap = ImageIO.read(directory.resolve(HtmlReport.HEATMAP).toFile());
    assertThat(heatmap.getWidth()).isEqualTo(ReportCharts.heatmapWidth(3));
    assertThat(heatmap.getHeight()).isEqualTo(ReportCharts.heatmapHeight(3));
    BufferedImage ranking = ImageIO.read(directory.resolve(HtmlReport.RANKING).toFile());
    assertThat(ranking.getWidth()).isEqualTo(ReportCharts.RANKING_WIDTH);
    assertThat(ranking.getHeight()).isEqualTo(ReportCharts.rankingHeight(3));
    BufferedImage elo = ImageIO.read(directory.resolve(HtmlReport.ELO).toFile());
    assertThat(elo.getWidth()).isEqualTo(ReportCharts.TRAJECTORY_WIDTH);
    assertThat(elo.getHeight()).isEqualTo(ReportCharts.TRAJECTORY_HEIGHT);
  }

  @Test
  void theHeatmapColoursWinsBlueAndLossesRed() throws IOException {
    CrossTable table = new CrossTable(List.of("a", "b"), new double[] {0, 5, -5, 0});
    BufferedImage heatmap = ImageIO.read(new java.io.ByteArrayInputStream(ReportCharts.heatmap(table)));
    int cell = ReportCharts.heatmapCell(2);
    int win = heatmap.getRGB(ReportCharts.MARGIN + cell + cell / 2, ReportCharts.MARGIN + cell / 2);
    int loss = heatmap.getRGB(ReportCharts.MARGIN + cell / 2, ReportCharts.MARGIN + cell + cell / 2);
    assertThat(win & 0xFF).isEqualTo(255); // blue channel full
    assertThat((win >> 16) & 0xFF).isZero(); // no red
    assertThat((loss >> 16) & 0xFF).isEqualTo(255);
    assertThat(loss & 0xFF).isZero();
  }

  @Test
  void aTableWithoutMatchesGivesAReportWithoutIntervalsOrStreamRatings(@TempDir Path directory) throws IOException {
    CrossTable table = new CrossTable(List.of("x", "y"), new double[] {0, 1, -1, 0});
    List<Path> files = HtmlReport.write(new EvaluationReport("t", "s", table, List.of(), null, null),
        directory.resolve("new/sub"));
    assertThat(files).hasSize(3);
    String html = Files.readString(files.get(0));
    assertThat(html).contains("<table id=\"metrics\">").doesNotContain("interval</th>", "<table id=\"elo\">");
  }

  @Test
  void rewritingReplacesTheFilesAndLeavesNoTemporaryFile(@TempDir Path directory) throws IOException {
    HtmlReport.write(fullReport(), directory);
    Files.writeString(directory.resolve(HtmlReport.HTML), "stale");
    HtmlReport.write(fullReport(), directory);
    assertThat(Files.readString(directory.resolve(HtmlReport.HTML))).startsWith("<!DOCTYPE html>");
    try (Stream<Path> listing = Files.list(directory)) {
      assertThat(listing.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder(HtmlReport.HTML,
          HtmlReport.HEATMAP, HtmlReport.RANKING, HtmlReport.ELO);
    }
  }

  @Test
  void theFilesGetTheUmasksPermissionsNotOwnerOnly(@TempDir Path directory) throws IOException {
    assumeThat(directory.getFileSystem().supportedFileAttributeViews()).contains("posix");
    Path plain = Files.writeString(directory.resolve("plain.txt"), "x");
    HtmlReport.write(fullReport(), directory);
    for (String name : List.of(HtmlReport.HTML, HtmlReport.HEATMAP)) {
      assertThat(Files.getPosixFilePermissions(directory.resolve(name))).isEqualTo(Files.getPosixFilePermissions(plain));
    }
  }

  @Test
  void escapeReplacesTheFiveSpecialCharacters() {
    assertThat(HtmlReport.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
