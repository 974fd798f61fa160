package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.agora.store.AgoraDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real browser: Debian's Chromium, headless, driven through Selenium against a
 * server on a free loopback port over a temporary SQLite database. Opens the catalogue and searches,
 * solves Kuhn poker with CFR+ and sees the convergence plot, runs a small RRPS tournament and sees
 * the leaderboard, restarts the server on the same database and finds both runs. Screenshots go to
 * {@code target/screenshots/}.
 *
 * <p>Needs {@code AGORA_TEST_CHROMIUM} and {@code AGORA_TEST_CHROMEDRIVER} (paths to the browser and
 * its driver; {@code scripts/test} sets them). Without them the tests are skipped with the reason,
 * unless {@code AGORA_TEST_BROWSER_REQUIRED=1}, in which case they fail. Selenium Manager never runs:
 * the driver executable and the browser binary are given explicitly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path directory;
  static String url;
  static AgoraDatabase database;
  static AgoraServer server;
  static WebDriver driver;
  static Path profile;
  static long solveRun;
  static long tournamentRun;
  static String skipReason;

  /** Each test is reported skipped, with the reason, when there is no browser to drive. */
  @BeforeEach
  void needsABrowser() {
    Assumptions.assumeTrue(skipReason == null, () -> skipReason);
  }

  @BeforeAll
  static void start() throws IOException {
    String chromium = System.getenv("AGORA_TEST_CHROMIUM");
    String chromedriver = System.getenv("AGORA_TEST_CHROMEDRIVER");
    boolean required = "1".equals(System.getenv("AGORA_TEST_BROWSER_REQUIRED"));
    String missing = missing(chromium, "AGORA_TEST_CHROMIUM") + missing(chromedriver, "AGORA_TEST_CHROMEDRIVER");
    if (!missing.isEmpty()) {
      String reason = "browser tests need " + missing.trim() + " (scripts/test sets them after scripts/browser-deps installs chromium and chromium-driver)";
      if (required) {
        Assertions.fail(reason + "; AGORA_TEST_BROWSER_REQUIRED=1 makes this a failure");
      }
      skipReason = reason;
      System.err.println("WorkbenchBrowserTest skipped: " + reason);
      return;
    }
    Files.createDirectories(SCREENSHOTS);
    url = "jdbc:sqlite:" + directory.resolve("agora.db");
    startServer();
    profile = Files.createTempDirectory(directory, "chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,800", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  private static String missing(String value, String name) {
    if (value == null || value.isBlank()) {
      return name + " ";
    }
    return Files.isExecutable(Path.of(value)) ? "" : name + " (" + value + " is not an executable) ";
  }

  private static void startServer() {
    database = AgoraDatabase.open(url);
    server = new AgoraServer(ServerConfig.defaults().withPort(0), new StoredRunRepository(database.runs()),
        database.tournaments(), database.uploads()).start(); // as agora serve builds it
  }

  private static void stopServer() {
    if (server != null) {
      server.close();
      server = null;
    }
    if (database != null) {
      database.close();
      database = null;
    }
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    stopServer();
  }

  @Test
  @Order(1)
  void opensTheCatalogueAndSearches() throws IOException {
    driver.get(server.address() + "/");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Agora workbench");
    driver.findElement(By.linkText("Game catalogue")).click();
    wait(10).until(ExpectedConditions.titleContains("Games"));
    List<WebElement> rows = driver.findElements(By.cssSelector("#catalogue tbody tr"));
    assertThat(rows.size()).isGreaterThan(20);
    WebElement search = driver.findElement(By.id("game-search"));
    search.sendKeys("poker");
    wait(5).until(d -> d.findElement(By.id("game-count")).getText().contains("matching"));
    List<WebElement> shown = driver.findElements(By.cssSelector("#catalogue tbody tr:not([hidden])"));
    assertThat(shown.size()).isGreaterThan(0).isLessThan(rows.size());
    assertThat(shown).extracting(WebElement::getText).anyMatch(text -> text.startsWith("kuhn_poker"))
        .noneMatch(text -> text.startsWith("tic_tac_toe"));
    screenshot("catalogue-search.png");
    driver.findElement(By.linkText("kuhn_poker")).click();
    wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "kuhn_poker"));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Sizes of the game tree");
    WebElement firstCard = driver.findElement(By.cssSelector("#game-tree details[data-path='0'] > summary"));
    firstCard.sendKeys(Keys.ENTER); // opens from the keyboard; app.js loads the node's children
    WebElement dealt = wait(10).until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#game-tree details[data-path='0'][data-loaded='true'] details[data-path='0.1'] > summary")));
    assertThat(dealt.getText()).contains("to move; information state");
    screenshot("game-kuhn-tree.png");
    driver.get(server.address() + "/games/stag_hunt");
    assertThat(driver.findElements(By.cssSelector("#payoff-matrix td.nash"))).hasSize(2)
        .allSatisfy(cell -> assertThat(cell.getText()).startsWith("\u2605"));
    screenshot("game-stag-hunt.png");
  }

  @Test
  @Order(2)
  void solvesKuhnPokerWithCfrPlusAndDrawsTheCurve() throws IOException {
    driver.get(server.address() + "/solve?game=kuhn_poker");
    new Select(driver.findElement(By.id("solve-method"))).selectByValue("cfr+");
    WebElement iterations = driver.findElement(By.id("solve-iterations"));
    iterations.clear();
    iterations.sendKeys("2000" + Keys.ENTER); // the form submits from the keyboard
    WebElement exploitability = wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("final-exploitability")));
    double value = Double.parseDouble(exploitability.getText());
    assertThat(value).isBetween(0.0, 0.01);
    assertThat(driver.findElement(By.id("job-status")).getText()).isEqualTo("completed");
    int points = driver.findElements(By.cssSelector("#convergence-plot .points circle")).size();
    assertThat(points).isGreaterThan(5);
    assertThat(driver.findElement(By.cssSelector("#convergence-plot path.series")).getAttribute("d")).startsWith("M");
    assertThat(driver.findElement(By.id("download-json")).getAttribute("href")).contains("/api/jobs/").endsWith("/result");
    assertThat(driver.findElement(By.cssSelector("#downloads a[data-table='convergence']")).getAttribute("href"))
        .endsWith("/result.csv?table=convergence");
    assertThat(driver.findElement(By.id("download-gambit")).getAttribute("href")).endsWith("/result.gambit");
    solveRun = Long.parseLong(driver.findElement(By.id("job-id")).getText());
    scrollTo("job");
    screenshot("solve-kuhn-cfr-plus.png");
  }

  @Test
  @Order(3)
  void runsASmallRrpsTournamentAndShowsTheLeaderboard() throws IOException {
    driver.get(server.address() + "/tournament");
    assertThat(driver.findElement(By.id("tournament-game")).getAttribute("value"))
        .isEqualTo("repeated_rock_paper_scissors(rounds=100)");
    List<String> checked = driver.findElements(By.cssSelector("input[name=agent]:checked")).stream()
        .map(box -> box.getAttribute("value")).toList();
    assertThat(checked).containsExactlyInAnyOrder("randbot", "rockbot", "greenberg");
    WebElement matches = driver.findElement(By.id("tournament-matches"));
    matches.clear();
    matches.sendKeys("4");
    screenshot("tournament-form.png");
    driver.findElement(By.cssSelector("#tournament-form button[type=submit]")).click();
    // The live standings show a leaderboard while the tournament runs; the ratings come with the result.
    wait(25).until(ExpectedConditions.visibilityOfElementLocated(By.id("ratings")));
    List<WebElement> leaders = driver.findElements(By.cssSelector("#leaderboard tbody tr"));
    assertThat(leaders).hasSize(3);
    assertThat(leaders).extracting(row -> row.findElement(By.tagName("th")).getText())
        .containsExactlyInAnyOrder("randbot", "rockbot", "greenberg");
    assertThat(driver.findElements(By.cssSelector("#cross-table tbody tr"))).hasSize(3);
    assertThat(driver.findElement(By.cssSelector("#cross-table caption")).getText()).contains("mean return");
    assertThat(driver.findElements(By.cssSelector("#ratings tbody tr"))).hasSize(3);
    assertThat(driver.findElement(By.cssSelector("#ratings caption")).getText()).contains("Ratings");
    assertThat(driver.findElement(By.id("job-progress-text")).getText()).isEqualTo("12 / 12");
    tournamentRun = Long.parseLong(driver.findElement(By.id("job-id")).getText());
    scrollTo("job");
    screenshot("tournament-rrps.png");
  }

  @Test
  @Order(4)
  void findsBothRunsAfterARestart() throws IOException {
    assertThat(solveRun).as("the solve test ran").isPositive();
    assertThat(tournamentRun).as("the tournament test ran").isPositive();
    stopServer();
    startServer(); // same database file, new server, new port
    driver.get(server.address() + "/runs");
    for (long run : new long[] {solveRun, tournamentRun}) {
      WebElement row = driver.findElement(By.cssSelector("#runs tr[data-run-id='" + run + "']"));
      assertThat(row.getText()).contains("Run " + run, "completed");
    }
    screenshot("runs-after-restart.png");
    driver.findElement(By.linkText("Run " + tournamentRun)).click();
    wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("leaderboard")));
    assertThat(driver.findElements(By.cssSelector("#leaderboard tbody tr"))).hasSize(3);
    driver.get(server.address() + "/runs/" + solveRun);
    wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("final-exploitability")));
    assertThat(driver.findElements(By.cssSelector("#convergence-plot .points circle")).size()).isGreaterThan(5);
    screenshot("run-solve-after-restart.png");
  }

  @Test
  @Order(5)
  void solvesANormalFormGameAndListsItsEquilibrium() throws IOException {
    driver.get(server.address() + "/games/matching_pennies");
    driver.findElement(By.linkText("Solve this game")).click();
    wait(10).until(ExpectedConditions.titleContains("Solve"));
    new Select(driver.findElement(By.id("solve-method"))).selectByValue("lp");
    assertThat(driver.findElement(By.id("solve-iterations")).isEnabled()).as("lp takes no iterations").isFalse();
    driver.findElement(By.cssSelector("#solve-form button[type=submit]")).click();
    WebElement profiles = wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("profiles")));
    assertThat(profiles.findElements(By.cssSelector("tbody tr"))).hasSize(1);
    assertThat(profiles.getText()).contains("1/2");
    scrollTo("job");
    screenshot("solve-matching-pennies-lp.png");
  }

  @Test
  @Order(6)
  void watchesALongSolveConvergeLiveAndATournamentsStandingsFill() throws Exception {
    driver.get(server.address() + "/solve?game=leduc_poker");
    new Select(driver.findElement(By.id("solve-method"))).selectByValue("cfr+");
    WebElement iterations = driver.findElement(By.id("solve-iterations"));
    iterations.clear();
    iterations.sendKeys("1000000" + Keys.ENTER); // a checkpoint every 20,000 iterations
    wait(60).until(d -> d.findElements(By.cssSelector("#live-plot .points circle")).size() >= 2);
    assertThat(driver.findElement(By.id("job-status")).getText()).isEqualTo("running");
    assertThat(driver.findElement(By.cssSelector("#live-plot title")).getAttribute("textContent"))
        .contains("exploitability");
    scrollTo("job");
    screenshot("solve-leduc-live.png");
    long live = Long.parseLong(driver.findElement(By.id("job-id")).getText());
    cancel(live);
    wait(20).until(ExpectedConditions.textToBe(By.id("job-status"), "cancelled"));

    driver.get(server.address() + "/tournament");
    WebElement matches = driver.findElement(By.id("tournament-matches"));
    matches.clear();
    matches.sendKeys("5000"); // minutes of play: cancelled once the standings show
    WebElement game = driver.findElement(By.id("tournament-game"));
    game.clear();
    game.sendKeys("repeated_rock_paper_scissors(rounds=1000)");
    driver.findElement(By.cssSelector("#tournament-form button[type=submit]")).click();
    WebElement standings = wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("live-standings")));
    assertThat(standings.getText()).contains("Standings so far");
    assertThat(standings.findElements(By.cssSelector("#leaderboard tbody tr"))).hasSize(3);
    scrollTo("job");
    screenshot("tournament-live-standings.png");
    cancel(Long.parseLong(driver.findElement(By.id("job-id")).getText()));
    wait(20).until(ExpectedConditions.textToBe(By.id("job-status"), "cancelled"));
  }

  @Test
  @Order(7)
  void uploadsAGambitFileFromTheCatalogueAndShowsItsErrors() throws IOException {
    Path bad = directory.resolve("broken.nfg");
    Files.writeString(bad, "NFG 1 R \"broken\" { \"A\" \"B\" } { 2 2 }\n1 2 3\n");
    driver.get(server.address() + "/games");
    driver.findElement(By.id("upload-file")).sendKeys(bad.toString());
    driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
    WebElement error = wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-error")));
    assertThat(error.getText()).startsWith("broken.nfg: ").contains("upload:");
    Path good = directory.resolve("pennies.nfg");
    Files.writeString(good, "NFG 1 R \"pennies\" { \"P1\" \"P2\" } { 2 2 }\n1 -1 -1 1 -1 1 1 -1\n");
    driver.findElement(By.id("upload-file")).sendKeys(good.toString());
    driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
    wait(10).until(ExpectedConditions.urlContains("/games/upload-"));
    assertThat(driver.findElements(By.cssSelector("#payoff-matrix tbody tr"))).hasSize(2);
    assertThat(driver.findElements(By.cssSelector("#payoff-matrix td.nash"))).isEmpty(); // no pure equilibrium
    screenshot("game-uploaded.png");
    driver.get(server.address() + "/games");
    assertThat(driver.findElement(By.id("uploads")).getText()).contains("pennies");
  }

  private static void cancel(long run) throws Exception {
    java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.address() + "/api/jobs/" + run + "/cancel"))
            .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isIn(202, 409);
  }

  private static WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  private static void scrollTo(String id) {
    ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name), png);
  }
}
