package org.agora.cli.command;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.agora.cli.CommandFailure;
import org.agora.cli.Interrupts;
import org.agora.cli.store.StoreOptions;
import org.agora.core.job.Cancellation;
import org.agora.server.AgoraServer;
import org.agora.server.RunRepository;
import org.agora.server.ServerConfig;
import org.agora.server.StoredRunRepository;
import org.agora.store.AgoraDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora serve}: the workbench server ({@link AgoraServer}) on 127.0.0.1 by default, over the
 * store the {@link StoreOptions} name, until Ctrl-C; then running jobs are cancelled and recorded as
 * interrupted, and the command exits with 0.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the workbench: a web server with the JSON API under /api/ (games, solves, tournaments, PSRO).")
public final class ServeCommand extends AgoraSubcommand {

  @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
      description = "Port to listen on; 0 takes a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = ServerConfig.LOOPBACK,
      description = "Address to bind (default: ${DEFAULT-VALUE}); any other than loopback needs --token.")
  String host;

  @Option(names = "--token", paramLabel = "T",
      description = "Bearer token every request must carry (Authorization: Bearer T); at least 8 characters.")
  String token;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
      description = "Jobs that run at once (default: ${DEFAULT-VALUE}); up to 8 more per worker wait in a queue.")
  int workers;

  @Option(names = "--match-budget", paramLabel = "N", defaultValue = "1000000",
      description = "Most matches one tournament may play (default: ${DEFAULT-VALUE}).")
  long matchBudget;

  @Mixin
  StoreOptions storage;

  @Override
  protected int execute() {
    storage.validate(spec);
    ServerConfig config;
    try {
      config = ServerConfig.defaults().withPort(port).withHost(host, token).withWorkers(workers, 8 * workers)
          .withMatchBudget(matchBudget);
    } catch (IllegalArgumentException bad) {
      throw new ParameterException(spec.commandLine(), bad.getMessage());
    }
    long start = System.nanoTime();
    Cancellation stop = Cancellation.create();
    try (AgoraDatabase database = storage.openDatabase(); Interrupts interrupts = Interrupts.cancel(stop)) {
      RunRepository runs = new StoredRunRepository(database.runs());
      AgoraServer server = new AgoraServer(config, runs, database.tournaments(), database.uploads());
      try {
        server.start();
      } catch (RuntimeException bindFailure) {
        server.close();
        throw new CommandFailure("cannot listen on " + host + ":" + port + ": "
            + rootMessage(bindFailure) + " (give another --port, or --port 0 for a free one)", bindFailure);
      }
      AtomicBoolean closed = new AtomicBoolean();
      Thread hook = new Thread(() -> {
        if (closed.compareAndSet(false, true)) {
          server.close();
        }
      }, "agora-serve-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      err().printf(Locale.ROOT, "agora workbench at %s/ (started in %.1f s)%n", server.address(),
          (System.nanoTime() - start) / 1e9);
      err().println("database: " + database.url());
      err().println("API: " + server.address() + "/api/openapi.yaml" + (token == null ? "" : " (bearer token required)")
          + "; Ctrl-C stops the server");
      err().flush();
      while (!stop.isCancelled()) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      if (closed.compareAndSet(false, true)) {
        server.close();
      }
      Runtime.getRuntime().removeShutdownHook(hook);
      err().println("agora: server stopped; running jobs were recorded as interrupted");
      err().flush();
    }
    return 0;
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
