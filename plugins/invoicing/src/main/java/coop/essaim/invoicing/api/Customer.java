package coop.essaim.invoicing.api;

/** A customer of one activity; the cooperative keeps one registry and each activity sees its own customers. */
public record Customer(long id, long activityId, CustomerDetails details) {

    /** The reference the ledger files the customer's postings under (third party). */
    public String ledgerReference() {
        return "C" + id;
    }
}
