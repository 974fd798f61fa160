package org.agora.spark;

import java.util.List;

/**
 * The JVM options Spark 4.2 needs on JDK 17 and later (its own {@code JavaModuleOptions}, which
 * {@code spark-submit} adds by itself): for a driver, master, worker or executor JVM that is started
 * another way (the CLI, tests, the loopback cluster), and for executors through
 * {@code spark.executor.extraJavaOptions}.
 */
public final class SparkJvmFlags {

  /** The options, one per element. */
  public static final List<String> LIST = List.of("-XX:+IgnoreUnrecognizedVMOptions",
      "--add-modules=jdk.incubator.vector",
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true",
      "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");

  private SparkJvmFlags() {}

  /** The options as one space-separated string. */
  public static String joined() {
    return String.join(" ", LIST);
  }
}
