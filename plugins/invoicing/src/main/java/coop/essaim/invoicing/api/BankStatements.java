package coop.essaim.invoicing.api;

import coop.essaim.api.security.UserContext;

import java.util.List;

/**
 * Service: the cooperative's bank statements, imported (CAMT.053 XML, or CSV with a date, a label and an amount or
 * debit and credit columns) and matched by accounting, so customers' payments reach the activities' treasury
 * without retyping. Everything needs {@link InvoicingPermissions#RECORD_PAYMENTS}. An import is all or nothing and
 * names the bad line; lines already imported are skipped.
 */
public interface BankStatements {

    int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** The result of an import: lines added, and lines skipped because an earlier import had them. */
    record ImportResult(int added, int alreadyImported) {
    }

    /** A validated invoice the credit may pay, with why it is suggested, best first. */
    record Suggestion(Invoice invoice, int score, List<String> reasons) {
    }

    ImportResult importStatement(UserContext actor, String fileName, byte[] content);

    /** The credits not matched yet, oldest first. */
    List<BankLine> unmatched(UserContext actor);

    /** Invoices the credit may pay: by amount, by the invoice number in its label, by the customer's name. */
    List<Suggestion> suggestions(UserContext actor, long bankLineId);

    /** Records the credit as the invoice's payment (posted like any payment) and marks the line matched. */
    BankLine confirm(UserContext actor, long bankLineId, long invoiceId);
}
