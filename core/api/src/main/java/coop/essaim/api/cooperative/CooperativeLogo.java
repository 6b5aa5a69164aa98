package coop.essaim.api.cooperative;

/** The cooperative's logo: the image's bytes and its media type ({@code image/png} or {@code image/jpeg}). */
public record CooperativeLogo(byte[] content, String mediaType) {

    public CooperativeLogo {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
