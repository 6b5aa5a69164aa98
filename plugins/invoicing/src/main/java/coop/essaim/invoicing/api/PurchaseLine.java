package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

/** A stored line of a supplier invoice: its expense account, net amount and deductible VAT (with its rate's code). */
public record PurchaseLine(long id, String accountCode, String description, Money net, String vatCode, Money vat) {

    public Money total() {
        return net.plus(vat);
    }
}
