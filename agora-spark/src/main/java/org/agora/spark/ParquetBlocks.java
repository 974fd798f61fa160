package org.agora.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;

/**
 * One job's rows as Parquet files, each holding a run of consecutive blocks:
 * {@code DIR/blocks-000040-000071.parquet} holds blocks 40 to 71, every row carrying its block number.
 * A file is written under a hidden temporary name ({@code .tmp-...}, which Parquet and Spark readers
 * skip) and renamed into place, so it is either whole or absent: a task that dies leaves at most a
 * temporary file, a re-run finds its blocks stored and writes nothing, and a resubmitted job plays only
 * the blocks no file holds. Readers take each block from one file only, so even two overlapping files
 * (two attempts racing on a resubmitted job) never double a row. One file per run of blocks rather than
 * per block: a Parquet file costs tens of milliseconds to write and to read, more than a block of
 * short matches costs to play. Works on any Hadoop file system the cluster shares (a local path on one
 * machine or a standalone cluster on one host; HDFS or an object store elsewhere).
 *
 * <p>Serializable as its directory URI, so a task rebuilds it on the executor.
 */
final class ParquetBlocks implements java.io.Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PREFIX = "blocks-";
  private static final String SUFFIX = ".parquet";
  /** The column every schema stored here starts with. */
  static final String BLOCK = "block";

  /** A stored file and the blocks it holds. */
  record Run(Path file, int first, int last) {}

  private final String directory;

  ParquetBlocks(String directory) {
    this.directory = directory;
  }

  /** The directory's URI or path. */
  String directory() {
    return directory;
  }

  /** The file of the blocks {@code first} to {@code last}. */
  Path file(int first, int last) {
    return new Path(directory, String.format(Locale.ROOT, "%s%06d-%06d%s", PREFIX, first, last, SUFFIX));
  }

  /** The stored files, by first block (then by last). */
  List<Run> runs() {
    List<Run> runs = new ArrayList<>();
    try {
      FileSystem fs = fileSystem();
      Path dir = new Path(directory);
      if (!fs.exists(dir)) {
        return runs;
      }
      for (FileStatus status : fs.listStatus(dir)) {
        String name = status.getPath().getName();
        if (name.startsWith(PREFIX) && name.endsWith(SUFFIX)) {
          String[] range = name.substring(PREFIX.length(), name.length() - SUFFIX.length()).split("-");
          runs.add(new Run(status.getPath(), Integer.parseInt(range[0]), Integer.parseInt(range[1])));
        }
      }
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot list " + directory + ": " + failure.getMessage(), failure);
    }
    runs.sort(java.util.Comparator.comparingInt(Run::first).thenComparingInt(Run::last));
    return runs;
  }

  /** The blocks stored, in order. */
  TreeSet<Integer> completed() {
    TreeSet<Integer> blocks = new TreeSet<>();
    for (Run run : runs()) {
      for (int block = run.first(); block <= run.last(); block++) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  /**
   * Stores the rows of blocks {@code first} to {@code last} (each row's {@value #BLOCK} column naming
   * its block) as one file, unless that file is there already; true when this call wrote it.
   */
  boolean write(int first, int last, MessageType schema, List<Group> rows) {
    Path target = file(first, last);
    Path temporary = new Path(directory, ".tmp-" + PREFIX + first + "-" + last + "-" + UUID.randomUUID() + SUFFIX);
    try {
      FileSystem fs = fileSystem();
      if (fs.exists(target)) {
        return false;
      }
      fs.mkdirs(new Path(directory));
      try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(temporary).withConf(configuration())
          .withType(schema).withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
        for (Group row : rows) {
          writer.write(row);
        }
      }
      if (fs.rename(temporary, target)) {
        return true;
      }
      fs.delete(temporary, false); // another attempt stored the blocks first
      return false;
    } catch (IOException failure) {
      try {
        fileSystem().delete(temporary, false);
      } catch (IOException ignored) {
        // the temporary file is hidden from readers anyway
      }
      throw new UncheckedIOException("cannot write " + target + ": " + failure.getMessage(), failure);
    }
  }

  /**
   * Every stored row of blocks {@code 0} to {@code blocks - 1}, in block order (rows of one block in the
   * order written), each block taken from the first file that holds it.
   *
   * @throws IllegalStateException when a block is missing
   */
  List<Group> readAll(int blocks) {
    return readAll(blocks, row -> row);
  }

  /**
   * {@link #readAll(int)} with each row converted as it is read, so that only the converted rows are
   * held (a Parquet row object is several times the size of a match record).
   */
  <T> List<T> readAll(int blocks, java.util.function.Function<Group, T> convert) {
    List<T> rows = new ArrayList<>();
    forEach(blocks, row -> rows.add(convert.apply(row)));
    return rows;
  }

  /**
   * Hands every stored row of blocks {@code 0} to {@code blocks - 1} to {@code each}, in block order,
   * holding none: what a summary of tens of millions of rows reads through.
   *
   * @throws IllegalStateException when a block is missing
   */
  void forEach(int blocks, java.util.function.Consumer<Group> each) {
    int next = 0; // the first block not read yet
    for (Run run : runs()) {
      if (run.last() < next || run.first() >= blocks) {
        continue; // every block of it was read from an earlier file
      }
      if (run.first() > next) {
        break;
      }
      int from = next;
      read(run.file(), row -> {
        int block = row.getInteger(BLOCK, 0);
        if (block >= from && block < blocks) {
          each.accept(row);
        }
      });
      next = Math.min(blocks, run.last() + 1);
    }
    if (next < blocks) {
      throw new IllegalStateException("block " + next + " of " + directory + " is not stored");
    }
  }

  private void read(Path file, java.util.function.Consumer<Group> each) {
    try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file)
        .withConf(configuration()).build()) {
      for (Group row = reader.read(); row != null; row = reader.read()) {
        each.accept(row);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read " + file + ": " + failure.getMessage(), failure);
    }
  }

  private FileSystem fileSystem() throws IOException {
    return new Path(directory).getFileSystem(configuration());
  }

  private static Configuration configuration() {
    return new Configuration();
  }
}
