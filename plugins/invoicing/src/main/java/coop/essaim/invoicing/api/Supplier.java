package coop.essaim.invoicing.api;

/** A supplier of one activity; the cooperative keeps one registry and each activity sees its own suppliers. */
public record Supplier(long id, long activityId, SupplierDetails details) {

    /** The reference the ledger files the supplier's postings under (third party). */
    public String ledgerReference() {
        return "S" + id;
    }
}
