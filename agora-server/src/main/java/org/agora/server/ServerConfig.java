package org.agora.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.agora.core.solve.SolveLimits;

/**
 * How the server runs and what it accepts.
 *
 * @param host the address to bind, 127.0.0.1 by default
 * @param port the port, 0 for any free one
 * @param token the bearer token every request must carry, or null (then only a loopback host is allowed)
 * @param workers jobs that run at once
 * @param queueCapacity jobs that may wait for a worker; more are refused with 503
 * @param matchBudget most matches one tournament may play
 * @param maxPsroIterations most iterations one PSRO run may take
 * @param maxBodyBytes largest request body (uploaded games included)
 * @param describeNodeLimit largest tree a game description enumerates
 * @param solveLimits the largest limits a solve may ask for (its defaults, too)
 */
public record ServerConfig(String host, int port, String token, int workers, int queueCapacity, long matchBudget,
    int maxPsroIterations, int maxBodyBytes, long describeNodeLimit, SolveLimits solveLimits) {

  /** The default bind address. */
  public static final String LOOPBACK = "127.0.0.1";

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("the host is empty; give an address such as 127.0.0.1");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("the port must be 0 to 65535, got " + port);
    }
    if (token != null && token.length() < 8) {
      throw new IllegalArgumentException("the token must have at least 8 characters");
    }
    if (token != null && !token.matches("[A-Za-z0-9._~+/=-]+")) {
      throw new IllegalArgumentException("the token may hold only letters, digits and . _ ~ + / = - (RFC 6750)");
    }
    if (token == null && !isLoopback(host)) {
      throw new IllegalArgumentException("binding to " + host + ", which is not a loopback address, needs --token");
    }
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers must be 1 to 64, got " + workers);
    }
    if (queueCapacity < 0) {
      throw new IllegalArgumentException("the queue capacity must be >= 0, got " + queueCapacity);
    }
    if (matchBudget < 1 || maxPsroIterations < 1 || maxBodyBytes < 1 || describeNodeLimit < 1) {
      throw new IllegalArgumentException("the match budget, PSRO iterations, body size and node limit must be >= 1");
    }
  }

  /** Loopback, a free port, no token, 2 workers and the default limits. */
  public static ServerConfig defaults() {
    return new ServerConfig(LOOPBACK, 8080, null, 2, 16, 1_000_000, 1_000, 1 << 20, 200_000, SolveLimits.defaults());
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, token, workers, queueCapacity, matchBudget, maxPsroIterations, maxBodyBytes,
        describeNodeLimit, solveLimits);
  }

  public ServerConfig withHost(String newHost, String newToken) {
    return new ServerConfig(newHost, port, newToken, workers, queueCapacity, matchBudget, maxPsroIterations,
        maxBodyBytes, describeNodeLimit, solveLimits);
  }

  public ServerConfig withWorkers(int newWorkers, int newQueueCapacity) {
    return new ServerConfig(host, port, token, newWorkers, newQueueCapacity, matchBudget, maxPsroIterations,
        maxBodyBytes, describeNodeLimit, solveLimits);
  }

  public ServerConfig withMatchBudget(long newMatchBudget) {
    return new ServerConfig(host, port, token, workers, queueCapacity, newMatchBudget, maxPsroIterations, maxBodyBytes,
        describeNodeLimit, solveLimits);
  }

  public ServerConfig withMaxBodyBytes(int newMaxBodyBytes) {
    return new ServerConfig(host, port, token, workers, queueCapacity, matchBudget, maxPsroIterations, newMaxBodyBytes,
        describeNodeLimit, solveLimits);
  }

  /** True when {@code host} names a loopback address (127.0.0.0/8, ::1, localhost). */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
