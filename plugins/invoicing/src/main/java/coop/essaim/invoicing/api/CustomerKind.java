package coop.essaim.invoicing.api;

/** A customer is a company (or any organisation) or a private person. */
public enum CustomerKind {
    COMPANY, PERSON
}
