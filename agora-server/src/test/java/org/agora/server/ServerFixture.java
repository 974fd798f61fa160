package org.agora.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A running server and an HTTP client for it; {@link #close()} stops the server. */
final class ServerFixture implements AutoCloseable {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /** A response: status, body text, and the body as JSON when it is JSON. */
  record Reply(int status, String body, String contentType) {
    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String error() {
      return json().path("error").asText(null);
    }
  }

  final AgoraServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final String base;
  String token;

  ServerFixture(AgoraServer server) {
    this.server = server.start();
    this.base = server.address();
  }

  Reply get(String path) {
    return send(builder(path).GET());
  }

  Reply delete(String path) {
    return send(builder(path).DELETE());
  }

  Reply postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  Reply post(String path, String contentType, String body) {
    HttpRequest.Builder request = builder(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  Reply method(String method, String path) {
    return send(builder(path).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Submits a job and returns its id (asserting 202). */
  long submit(String json) {
    Reply reply = postJson("/api/jobs", json);
    if (reply.status() != 202) {
      throw new AssertionError("expected 202, got " + reply.status() + ": " + reply.body());
    }
    return reply.json().get("id").asLong();
  }

  /** Polls a job until it reaches a final status; returns its view. */
  JsonNode awaitFinal(long id) {
    for (int i = 0; i < 600; i++) {
      JsonNode job = get("/api/jobs/" + id).json();
      String status = job.path("status").asText();
      if (!status.equals("queued") && !status.equals("running")) {
        return job;
      }
      sleep(50);
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  /** Polls a job until it is running. */
  void awaitRunning(long id) {
    for (int i = 0; i < 600; i++) {
      if (get("/api/jobs/" + id).json().path("status").asText().equals("running")) {
        return;
      }
      sleep(20);
    }
    throw new AssertionError("job " + id + " did not start");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
