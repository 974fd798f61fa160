package org.agora.store;

/** JDBC URLs as shown in messages: passwords masked. */
final class Urls {

  private Urls() {
  }

  /** {@code url} with the value of any {@code password=} parameter replaced by {@code ***}. */
  static String masked(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]*):[^/@]*@", "//$1:***@");
  }
}
