package coop.essaim.kernel.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an entry: SHA-256, in lower-case hex, of a canonical text of its content that begins with the
 * previous entry's hash. The text is one field per line in a fixed order, each field escaped so that no
 * value can imitate a separator; changing it changes every hash, so it is versioned by its first line.
 */
final class EntryHash {

    /** The previous hash of a cooperative's first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "essaim-ledger-v1";

    private EntryHash() {
    }

    static String of(EntryContent e) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, VERSION);
        field(sb, e.previousHash());
        field(sb, e.cooperativeId());
        field(sb, e.chainSeq());
        field(sb, e.journal());
        field(sb, e.fiscalYear());
        field(sb, e.number());
        field(sb, e.date());
        field(sb, e.pieceReference());
        field(sb, e.pieceDate());
        field(sb, e.label());
        field(sb, e.idempotencyKey());
        field(sb, e.reversesEntryId());
        field(sb, e.lines().size());
        for (EntryContent.Line l : e.lines()) {
            // each part is escaped, so the line needs no further escaping
            sb.append(l.lineNo() + "|" + escape(l.accountCode()) + "|" + l.activityId() + "|" + l.debitMinor() + "|"
                    + l.creditMinor() + "|" + l.currency() + "|" + escape(l.thirdParty()) + "|"
                    + escape(l.lettering())).append('\n');
        }
        return sha256(sb.toString());
    }

    private static void field(StringBuilder sb, Object value) {
        sb.append(value == null ? "\\0" : escape(String.valueOf(value))).append('\n');
    }

    /** Backslash, line break and bar are escaped; a null is {@code \0}, distinct from an empty text. */
    private static String escape(String s) {
        if (s == null) {
            return "\\0";
        }
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("|", "\\|");
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
