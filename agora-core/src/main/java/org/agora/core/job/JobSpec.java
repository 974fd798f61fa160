package org.agora.core.job;

import java.io.Serializable;

/**
 * The immutable specification of a job: a record of game strings, agent or solver strings,
 * parameters and a seed, nothing else. Same specification, same numbers, whatever runs it and on
 * however many threads. Implementations are records of strings, numbers, booleans and lists or maps
 * of them, so that they serialise to JSON (agora-io), into a database row and across a Spark
 * cluster ({@link Serializable}).
 */
public interface JobSpec extends Serializable {

  /** The job kind that runs this specification, e.g. {@code play} or {@code solve}. */
  String kind();
}
