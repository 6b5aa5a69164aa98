package coop.essaim.tradegroups.api;

/**
 * What every member of the cooperative reads of a group: its name, trade, how many members it has today and
 * whether the reader is one of them (or may read it as a manager: {@code readable}).
 */
public record GroupSummary(long id, String name, String trade, int members, boolean member, boolean readable) {
}
