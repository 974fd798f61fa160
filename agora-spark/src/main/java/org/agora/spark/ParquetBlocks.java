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
 * One job's rows as Parquet files, one per block: {@code DIR/block-000042.parquet}. A block is written
 * to a hidden temporary file ({@code .tmp-...}, which Parquet and Spark readers skip) and renamed into
 * place, so a block file is either whole or absent: a task that dies leaves at most a temporary file,
 * a re-run of a finished block finds its file and writes nothing, and a resubmitted job plays only the
 * blocks without one. Works on any Hadoop file system the cluster shares (a local path on one machine
 * or a standalone cluster on one host; HDFS or an object store elsewhere).
 *
 * <p>Serializable as its directory URI, so a task rebuilds it on the executor.
 */
final class ParquetBlocks implements java.io.Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PREFIX = "block-";
  private static final String SUFFIX = ".parquet";

  private final String directory;

  ParquetBlocks(String directory) {
    this.directory = directory;
  }

  /** The directory's URI or path. */
  String directory() {
    return directory;
  }

  /** The file of {@code block}. */
  Path file(int block) {
    return new Path(directory, String.format(Locale.ROOT, "%s%06d%s", PREFIX, block, SUFFIX));
  }

  /** True when {@code block}'s rows are stored. */
  boolean done(int block) {
    try {
      return fileSystem().exists(file(block));
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot look at " + file(block) + ": " + failure.getMessage(), failure);
    }
  }

  /** The blocks stored, in order. */
  TreeSet<Integer> completed() {
    TreeSet<Integer> blocks = new TreeSet<>();
    try {
      FileSystem fs = fileSystem();
      Path dir = new Path(directory);
      if (!fs.exists(dir)) {
        return blocks;
      }
      for (FileStatus status : fs.listStatus(dir)) {
        String name = status.getPath().getName();
        if (name.startsWith(PREFIX) && name.endsWith(SUFFIX)) {
          blocks.add(Integer.parseInt(name.substring(PREFIX.length(), name.length() - SUFFIX.length())));
        }
      }
      return blocks;
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot list " + directory + ": " + failure.getMessage(), failure);
    }
  }

  /**
   * Stores {@code rows} as {@code block}'s file unless it is there already; true when this call wrote it.
   * Two attempts of one block racing both write temporary files; the first rename wins and the other
   * attempt's file is dropped, so the block is stored once either way.
   */
  boolean write(int block, MessageType schema, List<Group> rows) {
    Path target = file(block);
    Path temporary = new Path(directory, ".tmp-" + PREFIX + block + "-" + UUID.randomUUID() + SUFFIX);
    try {
      FileSystem fs = fileSystem();
      if (fs.exists(target)) {
        return false;
      }
      fs.mkdirs(new Path(directory));
      Configuration conf = configuration();
      try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(temporary).withConf(conf).withType(schema)
          .withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
        for (Group row : rows) {
          writer.write(row);
        }
      }
      if (fs.rename(temporary, target)) {
        return true;
      }
      fs.delete(temporary, false); // another attempt stored the block first
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

  /** The rows of {@code block}, in the order written. */
  List<Group> read(int block) {
    List<Group> rows = new ArrayList<>();
    try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file(block))
        .withConf(configuration()).build()) {
      for (Group row = reader.read(); row != null; row = reader.read()) {
        rows.add(row);
      }
      return rows;
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot read " + file(block) + ": " + failure.getMessage(), failure);
    }
  }

  private FileSystem fileSystem() throws IOException {
    return new Path(directory).getFileSystem(configuration());
  }

  private static Configuration configuration() {
    Configuration conf = new Configuration();
    conf.setBoolean("fs.file.impl.disable.cache", false);
    return conf;
  }
}
