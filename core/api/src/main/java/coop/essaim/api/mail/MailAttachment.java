package coop.essaim.api.mail;

/**
 * A file sent with a mail, for example an invoice's PDF ({@code application/pdf}). The file name is what the
 * recipient sees; it may hold accents but no line break nor path separator.
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    /** Size of the content in bytes (0 when there is none). */
    public int size() {
        return content == null ? 0 : content.length;
    }
}
