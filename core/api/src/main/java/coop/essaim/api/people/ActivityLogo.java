package coop.essaim.api.people;

/** An activity's own logo: the image's bytes and its media type ({@code image/png} or {@code image/jpeg}). */
public record ActivityLogo(byte[] content, String mediaType) {

    public ActivityLogo {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
