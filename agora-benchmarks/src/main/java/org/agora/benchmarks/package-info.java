/** JMH benchmarks of Agora's hot paths. Run with {@code ./scripts/bench}. */
package org.agora.benchmarks;
