package org.agora.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context the CLI and the tests start in-process: {@code local[*]} unless a master URL is
 * given, bound to the loopback interface, without the web UI, quiet.
 */
public final class SparkContexts {

  /** The master when none is given: every core of this machine, in this JVM. */
  public static final String DEFAULT_MASTER = "local[*]";

  private SparkContexts() {}

  /** A context for {@code master} (null: {@link #DEFAULT_MASTER}). */
  public static JavaSparkContext start(String master, String appName) {
    SparkConf conf = new SparkConf()
        .setMaster(master == null || master.isBlank() ? DEFAULT_MASTER : master)
        .setAppName(appName)
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false");
    JavaSparkContext context = new JavaSparkContext(conf);
    context.setLogLevel("ERROR");
    return context;
  }
}
