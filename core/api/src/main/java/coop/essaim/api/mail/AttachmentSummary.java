package coop.essaim.api.mail;

/** What the history keeps of an attachment: its name, type and size in bytes, not its content. */
public record AttachmentSummary(String fileName, String contentType, long size) {
}
