package coop.essaim.kernel.cooperative;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.cooperative.CooperativeLogo;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.people.Address;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cooperative's identity and logo, as its documents print them. */
class CooperativeProfileTest {

    @RegisterExtension
    static final CoreFixture f = CoreFixture.withCooperative();

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    CooperativeProfile profile() {
        return f.core.profile();
    }

    @Test
    void theIdentityIsFilledInCleanedAndReadByEveryUser() {
        assertEquals(CooperativeIdentity.EMPTY, profile().identity(f.admin));
        CooperativeIdentity saved = profile().changeIdentity(f.admin, new CooperativeIdentity(" 812 345 678 ",
                "RCS Lyon", "fr 12 812345678", new Address("12 rue Garibaldi", "69003", "Lyon", "fr"),
                "contact@oxalis.example", "04 78 00 00 00", "https://oxalis.example"));
        assertEquals("812 345 678", saved.registrationNumber());
        assertEquals("FR12812345678", saved.vatNumber());
        assertEquals("FR", saved.address().country());
        UserContext entrepreneur = f.user(f.admin, "jeanne", "entrepreneur");
        assertEquals(saved, profile().identity(entrepreneur));
        assertThrows(AccessDeniedException.class, () -> profile().changeIdentity(entrepreneur, saved));
    }

    @Test
    void badValuesAreRefusedFieldByFieldAndChangeNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> profile().changeIdentity(f.admin,
                new CooperativeIdentity("x".repeat(41), null, "12345", new Address(null, null, null, "France"),
                        "contact@", null, "oxalis.example")));
        assertEquals(List.of("registrationNumber", "vatNumber", "country", "email", "website"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertTrue(e.errors().get(1).message().startsWith("Indiquez le numéro de TVA"), e.errors().get(1).message());
        assertEquals(CooperativeIdentity.EMPTY, profile().identity(f.admin));
    }

    @Test
    void theLogoIsAPngOrAJpegOfLimitedSizeWhateverItIsCalled() {
        profile().changeLogo(f.admin, PNG);
        CooperativeLogo logo = profile().logo(f.admin.cooperativeId()).orElseThrow();
        assertEquals("image/png", logo.mediaType());
        assertArrayEquals(PNG, logo.content());

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        ValidationException notAnImage = assertThrows(ValidationException.class, () -> profile().changeLogo(f.admin, svg));
        assertEquals("Le logo doit être une image PNG ou JPEG.", notAnImage.errors().get(0).message());
        byte[] huge = Arrays.copyOf(PNG, CooperativeProfile.LOGO_MAX_BYTES + 1);
        ValidationException tooLarge = assertThrows(ValidationException.class, () -> profile().changeLogo(f.admin, huge));
        assertEquals("logo", tooLarge.errors().get(0).field());
        assertArrayEquals(PNG, profile().logo(f.admin.cooperativeId()).orElseThrow().content());

        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        profile().changeLogo(f.admin, jpeg);
        assertEquals("image/jpeg", profile().logo(f.admin.cooperativeId()).orElseThrow().mediaType());
        profile().removeLogo(f.admin);
        assertTrue(profile().logo(f.admin.cooperativeId()).isEmpty());
    }
}
