package coop.essaim.invoicing.internal.expense;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.internal.Messages;

import java.util.Locale;

/**
 * What a receipt may be: a PDF, PNG or JPEG, recognised from its first bytes (a name or a declared type proves
 * nothing), of 1 byte to {@link ExpenseNotes#MAX_RECEIPT_BYTES}, with a plain file name.
 */
public final class ReceiptRules {

    private ReceiptRules() {
    }

    /** The media type of an acceptable receipt, or a refusal on {@code receipt}. */
    public static String mediaType(String fileName, byte[] content, Locale locale) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200 || fileName.matches(".*[\\\\/\\r\\n].*")) {
            throw new ValidationException("receipt", Messages.text(locale, "error.receiptName"));
        }
        if (content == null || content.length == 0 || content.length > ExpenseNotes.MAX_RECEIPT_BYTES) {
            throw new ValidationException("receipt", Messages.text(locale, "error.receiptSize",
                    ExpenseNotes.MAX_RECEIPT_BYTES / (1024 * 1024)));
        }
        if (starts(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        throw new ValidationException("receipt", Messages.text(locale, "error.receiptType"));
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
