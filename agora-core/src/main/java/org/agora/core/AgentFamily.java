package org.agora.core;

import java.util.List;

/**
 * A named set of agents registered together, such as a benchmark population: its agents are
 * registered like any other ({@link AgentRegistry}) and can also be asked for as a group by the
 * family's name (a tournament's population). Found through {@link java.util.ServiceLoader}, as
 * {@link AgentProvider}s are, so a family of forty bots needs one services entry, not forty.
 */
public interface AgentFamily {

  /** The family's name, e.g. {@code rrps}; lower case, no spaces. */
  String name();

  /** One line saying what the family is and where it comes from. */
  String description();

  /** The family's agents, in the family's own order. */
  List<AgentProvider> providers();
}
