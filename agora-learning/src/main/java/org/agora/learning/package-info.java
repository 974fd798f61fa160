/**
 * Online learning: bandits now; the environment API and reinforcement learners will sit beside them.
 */
package org.agora.learning;
