package org.agora.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Spark standalone cluster on the loopback interface, for tests: a master and {@code workers}
 * workers (one core, 1 GiB each), each its own JVM started from the Spark jars on this test's class
 * path, exactly as {@code sbin/start-master.sh} and {@code start-worker.sh} start them. Ports are free
 * ones; logs go to files in the given directory. Closing kills every process it started (and the
 * executors their workers started, which are their children).
 */
final class LoopbackSparkCluster implements AutoCloseable {

  private final Path directory;
  private final int masterPort;
  private final int masterUiPort;
  private final Process master;
  private final List<Process> workers = new ArrayList<>();

  LoopbackSparkCluster(Path directory, int workerCount) throws IOException, InterruptedException {
    this.directory = Files.createDirectories(directory);
    linkJars(Files.createDirectories(directory.resolve("jars")));
    this.masterPort = freePort();
    this.masterUiPort = freePort();
    this.master = start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
        "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(masterUiPort));
    for (int i = 0; i < workerCount; i++) {
      Path work = Files.createDirectories(directory.resolve("worker-" + i));
      workers.add(start("worker-" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
          "--cores", "1", "--memory", "1G", "--webui-port", Integer.toString(freePort()),
          "--work-dir", work.toString(), masterUrl()));
    }
    awaitAliveWorkers(workerCount, Duration.ofSeconds(60));
  }

  /** The master's URL, {@code spark://127.0.0.1:PORT}. */
  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /** The SPARK_HOME of the cluster's processes: {@code jars/} holds (links to) every jar of the class path. */
  Path sparkHome() {
    return directory;
  }

  /** The worker processes, in start order. */
  List<Process> workers() {
    return List.copyOf(workers);
  }

  /** Kills a worker and the executors it started, as a lost machine would (SIGKILL, no clean-up). */
  void killWorker(int index) throws InterruptedException {
    Process worker = workers.get(index);
    worker.descendants().forEach(ProcessHandle::destroyForcibly);
    worker.destroyForcibly();
    worker.waitFor();
  }

  /** The master's view of the cluster, as JSON text. */
  Optional<String> state() {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + masterUiPort + "/json/")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The workers the master counts alive (0 when it does not answer). */
  int aliveWorkers() {
    java.util.regex.Matcher alive = java.util.regex.Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)")
        .matcher(state().orElse(""));
    return alive.find() ? Integer.parseInt(alive.group(1)) : 0;
  }

  private void awaitAliveWorkers(int count, Duration timeout) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (aliveWorkers() >= count) {
        return;
      }
      if (!master.isAlive()) {
        throw new IOException("the Spark master exited: " + log("master"));
      }
      Thread.sleep(200);
    }
    throw new IOException("the Spark workers did not register within " + timeout.toSeconds() + " s: "
        + state().orElse("(no master state)") + "\n" + log("worker-0"));
  }

  private Process start(String name, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path")));
    command.addAll(SparkJvmFlags.LIST);
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(directory.resolve(name + ".log").toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.environment().put("SPARK_HOME", directory.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13"); // else the launcher looks for a source build
    return builder.start();
  }

  /**
   * A worker builds its executors' class path from {@code SPARK_HOME/jars} (as a Spark distribution
   * lays it out): here, links to the jars of this test's class path, Spark's among them.
   */
  private static void linkJars(Path jars) throws IOException {
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(jar)) {
        Path link = jars.resolve(jar.getFileName());
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createSymbolicLink(link, jar.toAbsolutePath());
        }
      }
    }
  }

  /** The end of a process's log, for failure messages. */
  String log(String name) {
    try {
      String text = Files.readString(directory.resolve(name + ".log"));
      return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    for (Process worker : workers) {
      worker.descendants().forEach(ProcessHandle::destroyForcibly);
      worker.destroyForcibly();
    }
    master.destroyForcibly();
  }
}
