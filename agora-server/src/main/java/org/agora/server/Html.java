package org.agora.server;

/**
 * Escaping for server-rendered pages: every value a page shows goes through {@link #text} (element
 * content and quoted attribute values alike), so that a game string, an error or an agent name a
 * client chose is shown, never run.
 */
final class Html {

  private Html() {}

  /** {@code value} with {@code & < > " '} replaced by character references; null becomes "". */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    String s = String.valueOf(value);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code value} encoded for one path segment or query value of a URL (then escaped by the caller). */
  static String urlPart(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }
}
