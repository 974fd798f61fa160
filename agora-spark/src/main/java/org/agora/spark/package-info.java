/**
 * Agora on Apache Spark: the same job specifications as the local runners (tournaments, evaluation
 * sweeps, solver sweeps), cut into blocks that Spark tasks run on executors. A task's blocks go to one
 * Parquet file named by their range ({@link org.agora.spark.ParquetBlocks}), written under a temporary
 * name and renamed into place, so a re-run task (a lost executor) or a resubmitted job finds the blocks
 * done and neither loses nor doubles a row; the driver then reads the blocks in order, so every figure
 * is aggregated in the order the local runner uses, and records the summary in the Agora database.
 */
package org.agora.spark;
