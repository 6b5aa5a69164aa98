package coop.essaim.governance.api;

/** One associate called to an assembly; {@code proxyHolderId} is who represents them when REPRESENTED. */
public record Attendance(long personId, String name, Presence presence, Long proxyHolderId) {
}
