package coop.essaim.invoicing.api;

/**
 * A quote is written (draft), sent to the customer (it gets its number), then accepted or refused by them. A sent
 * quote whose validity date has passed is {@code EXPIRED}: computed from the date, never stored, and no longer
 * accepted.
 */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, REFUSED, EXPIRED
}
