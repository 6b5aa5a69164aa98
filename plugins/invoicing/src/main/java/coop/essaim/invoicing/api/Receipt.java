package coop.essaim.invoicing.api;

/** A receipt's file: a PDF, PNG or JPEG, its type recognised from its content. */
public record Receipt(String fileName, String mediaType, byte[] content) {

    public Receipt {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
