package coop.essaim.governance.api;

/** An item of a meeting's agenda, numbered from 1 in its order. */
public record AgendaItem(long id, long meetingId, int position, String title) {
}
