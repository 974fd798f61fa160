package org.agora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's examples work from a fresh clone: every repository path it names ({@code examples/},
 * {@code scripts/}, {@code .ci/}) exists, and every Gambit file an {@code $ ./agora} example reads is
 * in the repository (files the examples write, after {@code -o}, {@code --output}, {@code --save} or
 * {@code --plot}, are not).
 */
class ReadmePathsTest {

  private static final Pattern REPOSITORY_PATH = Pattern.compile("(?<![\\w/.])(?:\\./)?((?:examples|scripts|\\.ci)/[\\w./-]*\\w)");
  private static final List<String> OUTPUT_FLAGS = List.of("-o", "--output", "--save", "--plot");

  @Test
  void everyFileTheReadmeUsesIsInTheRepository() throws IOException {
    Path root = repositoryRoot();
    List<String> missing = new ArrayList<>();
    List<String> lines = Files.readAllLines(root.resolve("README.md"));
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1);
      Matcher matcher = REPOSITORY_PATH.matcher(line);
      while (matcher.find()) {
        if (!Files.exists(root.resolve(matcher.group(1)))) {
          missing.add("README.md:" + number + ": " + matcher.group(1));
        }
      }
      if (line.startsWith("$ ./agora ")) {
        String[] words = line.substring(2).split("\\s+");
        for (int w = 1; w < words.length; w++) {
          String word = words[w];
          boolean output = OUTPUT_FLAGS.contains(words[w - 1]);
          if (!output && (word.endsWith(".nfg") || word.endsWith(".efg")) && !Files.exists(root.resolve(word))) {
            missing.add("README.md:" + number + ": " + word);
          }
        }
      }
    }
    assertThat(missing).as("paths the README uses that a fresh clone does not have").isEmpty();
  }

  private static Path repositoryRoot() {
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      if (Files.isRegularFile(folder.resolve("README.md")) && Files.isRegularFile(folder.resolve("agora"))) {
        return folder;
      }
    }
    throw new IllegalStateException("no README.md next to the agora launcher above " + Path.of("").toAbsolutePath());
  }
}
