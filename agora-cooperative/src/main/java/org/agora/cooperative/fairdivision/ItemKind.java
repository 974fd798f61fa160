package org.agora.cooperative.fairdivision;

/** Whether the items of an instance are goods (agents want more) or chores (agents want less). */
public enum ItemKind {
  /** Entries are values {@code >= 0}; an agent's utility is the sum of its bundle's values. */
  GOODS,
  /** Entries are costs {@code >= 0}; an agent's utility is minus the sum of its bundle's costs. */
  CHORES
}
