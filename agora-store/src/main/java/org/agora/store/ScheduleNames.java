package org.agora.store;

import org.agora.evaluation.tournament.Schedule;

/** The stored names of the schedule kinds (column {@code tournament.schedule}). */
final class ScheduleNames {

  static final String ROUND_ROBIN = "round_robin";
  static final String ONE_VS_POPULATION = "one_vs_population";
  static final String CUSTOM = "custom";

  private ScheduleNames() {
  }

  static String of(Schedule schedule) {
    if (schedule instanceof Schedule.RoundRobin) {
      return ROUND_ROBIN;
    }
    if (schedule instanceof Schedule.OneVsPopulation) {
      return ONE_VS_POPULATION;
    }
    return CUSTOM;
  }
}
