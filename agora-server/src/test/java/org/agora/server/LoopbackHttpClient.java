package org.agora.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal blocking HTTP/1.1 client over one kept-alive loopback connection, for the load generator:
 * {@code java.net.http.HttpClient} costs far more CPU per request than the server's answer, and its
 * clients share the server's cores, so with it the generator measured mostly itself. Reads bodies
 * framed by {@code Content-Length} or chunked; reconnects when the server closes the connection. One
 * instance per client thread (not thread-safe).
 */
final class LoopbackHttpClient implements AutoCloseable {

  /** A status and body. */
  record Response(int status, String body) {}

  private final String host;
  private final int port;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackHttpClient(String host, int port, int timeoutMillis) {
    this.host = host;
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Sends one request ({@code body} null for none) and reads the whole answer. A GET on a kept-alive
   * connection the server has closed is tried once more on a fresh one (never a POST, which the
   * server may have taken).
   */
  Response send(String method, String path, String contentType, byte[] body) throws IOException {
    boolean fresh = socket == null;
    try {
      return exchange(method, path, contentType, body);
    } catch (IOException failure) {
      close();
      if (fresh || !method.equals("GET")) {
        throw failure;
      }
      return exchange(method, path, contentType, body);
    }
  }

  private Response exchange(String method, String path, String contentType, byte[] body) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
      out = socket.getOutputStream();
    }
    StringBuilder head = new StringBuilder(128).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: ").append(host).append(':').append(port).append("\r\n");
    if (body != null) {
      head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length).append("\r\n");
    }
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    if (body != null) {
      out.write(body);
    }
    out.flush();
    String statusLine = line();
    if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closes = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> closes = value.contains("close");
        default -> { }
      }
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    if (chunked) {
      for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
          size = Long.parseLong(line().split(";")[0].trim(), 16)) {
        copy(size, content);
        line(); // the CRLF after the chunk
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      copy(length, content);
    } else {
      in.transferTo(content);
      closes = true;
    }
    if (closes) {
      close();
    }
    return new Response(status, content.toString(StandardCharsets.UTF_8));
  }

  private void copy(long bytes, ByteArrayOutputStream into) throws IOException {
    byte[] buffer = new byte[8192];
    for (long left = bytes; left > 0; ) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new EOFException("the connection closed inside a body");
      }
      into.write(buffer, 0, read);
      left -= read;
    }
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}
