package org.agora.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.core.job.ProgressListener;
import org.apache.parquet.example.data.Group;
import org.apache.spark.Success$;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Runs the blocks of a {@link BlockWork} that its {@link ParquetBlocks} directory lacks as Spark tasks:
 * consecutive pending blocks are grouped into at most {@code 4 x} the cluster's parallelism tasks (at
 * least one block each, at most {@link #MAX_BLOCKS_PER_TASK}), each task writes its blocks as one file
 * (one per run of consecutive blocks it had to play), and the driver counts finished tasks' units as
 * progress. A task that fails is re-run by
 * Spark (on another executor when one was lost); blocks it had stored are skipped, the others written
 * once.
 */
final class SparkBlocks {

  /** Most blocks one task plays: bounds the work a lost executor throws away. */
  static final int MAX_BLOCKS_PER_TASK = 64;

  /** What a run did. */
  record Run(int blocks, int alreadyStored, int tasks) {}

  private SparkBlocks() {}

  /**
   * Plays every block of {@code work} not yet in {@code store}.
   *
   * @param progress told the units done (blocks already stored count as done from the start)
   */
  static Run run(JavaSparkContext spark, BlockWork work, ParquetBlocks store, ProgressListener progress) {
    int blocks = work.blocks();
    Set<Integer> stored = store.completed();
    List<Integer> pending = new ArrayList<>();
    long total = 0;
    long done = 0;
    for (int block = 0; block < blocks; block++) {
      total += work.units(block);
      if (stored.contains(block)) {
        done += work.units(block);
      } else {
        pending.add(block);
      }
    }
    progress.progress(done, total);
    if (pending.isEmpty()) {
      return new Run(blocks, blocks, 0);
    }
    int parallelism = Math.max(1, spark.defaultParallelism());
    int perTask = Math.max(1, Math.min(MAX_BLOCKS_PER_TASK, (pending.size() + 4 * parallelism - 1) / (4 * parallelism)));
    List<List<Integer>> groups = new ArrayList<>();
    long[] groupUnits = new long[(pending.size() + perTask - 1) / perTask];
    for (int i = 0; i < pending.size(); i += perTask) {
      List<Integer> group = new ArrayList<>(pending.subList(i, Math.min(pending.size(), i + perTask)));
      for (int block : group) {
        groupUnits[groups.size()] += work.units(block);
      }
      groups.add(group);
    }
    AtomicLong finished = new AtomicLong(done);
    java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
    long totalUnits = total;
    int stageTasks = groups.size();
    SparkListener listener = new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.reason() == Success$.MODULE$ && end.taskInfo().index() < stageTasks && !over.get()) {
          progress.progress(finished.addAndGet(groupUnits[end.taskInfo().index()]), totalUnits);
        }
      }
    };
    spark.sc().addSparkListener(listener);
    try {
      spark.parallelize(groups, groups.size()).foreach(group -> playGroup(work, store, group));
    } finally {
      spark.sc().removeSparkListener(listener);
    }
    over.set(true);
    progress.progress(total, total); // the listener's events arrive asynchronously, some after the job
    return new Run(blocks, blocks - pending.size(), groups.size());
  }

  /** Plays the group's blocks that no file holds yet, one file per run of consecutive ones. */
  private static void playGroup(BlockWork work, ParquetBlocks store, List<Integer> group) {
    Set<Integer> stored = store.completed();
    List<Group> rows = new ArrayList<>();
    int first = -1;
    int previous = -2;
    for (int block : group) {
      if (stored.contains(block)) {
        continue;
      }
      if (first >= 0 && block != previous + 1) {
        store.write(first, previous, work.schema(), rows);
        rows = new ArrayList<>();
        first = -1;
      }
      if (first < 0) {
        first = block;
      }
      rows.addAll(work.play(block));
      previous = block;
    }
    if (first >= 0) {
      store.write(first, previous, work.schema(), rows);
    }
  }
}
