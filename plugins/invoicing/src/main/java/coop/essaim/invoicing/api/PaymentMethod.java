package coop.essaim.invoicing.api;

/** How a customer paid. */
public enum PaymentMethod {
    TRANSFER, CHEQUE, CARD, CASH, DIRECT_DEBIT
}
