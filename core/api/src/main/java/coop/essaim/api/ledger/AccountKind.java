package coop.essaim.api.ledger;

/** What an account holds; it decides which side increases it and where it appears in the statements. */
public enum AccountKind {
    ASSET, LIABILITY, EQUITY, INCOME, EXPENSE
}
