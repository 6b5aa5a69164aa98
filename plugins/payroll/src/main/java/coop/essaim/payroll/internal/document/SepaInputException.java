package coop.essaim.payroll.internal.document;

/** A transfer order the SEPA file refuses, naming the field ({@code transfers[2].iban}) and why. */
public class SepaInputException extends IllegalArgumentException {

    private final String field;

    public SepaInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
