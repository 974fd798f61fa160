package org.agora.cli;

/** Entry point of the {@code agora} command (placeholder until the CLI lands). */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("agora: CLI under construction");
  }
}
