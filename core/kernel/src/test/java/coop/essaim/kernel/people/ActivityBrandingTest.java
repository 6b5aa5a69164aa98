package coop.essaim.kernel.people;

import coop.essaim.api.audit.AuditEntry;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityBranding;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.ActivityLogo;
import coop.essaim.api.people.ActivitySender;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An activity's logo and sender: who reads and changes them, and what is refused. */
class ActivityBrandingTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    static final LocalDate START = LocalDate.of(2025, 9, 1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    ActivityBranding branding() {
        return p.f.core.activityBranding();
    }

    Activity activityOf(String code, long... members) {
        return p.activities.create(p.admin, new ActivityDetails("Activity " + code, "Fil d'Or", "couture", START, code,
                Arrays.stream(members).boxed().toList()));
    }

    @Test
    void theEntrepreneurSetsTheirOwnLogoAndSenderAndEveryReaderOfTheActivitySeesThem() {
        UserContext jeanne = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        Activity mine = activityOf("COUTURE", p.personOf(jeanne));
        assertTrue(branding().logo(jeanne, mine.id()).isEmpty());
        assertEquals(ActivitySender.NONE, branding().sender(jeanne, mine.id()));
        assertTrue(branding().canChange(jeanne, mine.id()));

        branding().changeLogo(jeanne, mine.id(), PNG);
        ActivitySender saved = branding().changeSender(jeanne, mine.id(),
                new ActivitySender("  jeanne@fil-or.example ", " Fil d'Or "));

        assertEquals(new ActivitySender("jeanne@fil-or.example", "Fil d'Or"), saved);
        ActivityLogo logo = branding().logo(p.admin, mine.id()).orElseThrow();
        assertEquals("image/png", logo.mediaType());
        assertArrayEquals(PNG, logo.content());
        assertEquals(saved, branding().sender(p.admin, mine.id()));
        UserContext accountant = p.f.user(p.admin, "paula", "accountant");
        assertEquals(saved, branding().sender(accountant, mine.id()));
        assertTrue(branding().logo(accountant, mine.id()).isPresent());

        // the administrator manages every activity: they replace and remove, and each change is audited
        branding().changeLogo(p.admin, mine.id(), JPEG);
        assertEquals("image/jpeg", branding().logo(jeanne, mine.id()).orElseThrow().mediaType());
        branding().removeLogo(p.admin, mine.id());
        assertTrue(branding().logo(jeanne, mine.id()).isEmpty());
        assertEquals(saved, branding().sender(jeanne, mine.id()), "removing the logo keeps the sender");
        List<AuditEntry> audit = p.f.core.audit().recent(p.admin, 20).stream()
                .filter(e -> e.target().equals("activity:" + mine.id()) && e.action().startsWith("core.activity.")
                        && !e.action().equals("core.activity.created")).toList();
        assertEquals(List.of("core.activity.logo", "core.activity.logo", "core.activity.sender", "core.activity.logo"),
                audit.stream().map(AuditEntry::action).toList());
        assertEquals(List.of(p.admin.login(), p.admin.login(), "jeanne", "jeanne"), audit.stream().map(AuditEntry::login).toList());

        branding().changeSender(jeanne, mine.id(), new ActivitySender(" ", null));
        assertEquals(ActivitySender.NONE, branding().sender(p.admin, mine.id()));
    }

    @Test
    void anotherEntrepreneurNeitherReadsNorChangesIt() {
        UserContext jeanne = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        UserContext paul = p.entrepreneurWithFile("paul", "Paul", "Girard");
        Activity mine = activityOf("COUTURE", p.personOf(jeanne));
        branding().changeLogo(jeanne, mine.id(), PNG);
        branding().changeSender(jeanne, mine.id(), new ActivitySender("jeanne@fil-or.example", "Fil d'Or"));

        assertTrue(branding().logo(paul, mine.id()).isEmpty());
        assertEquals(ActivitySender.NONE, branding().sender(paul, mine.id()));
        assertFalse(branding().canChange(paul, mine.id()));
        for (Runnable change : List.<Runnable>of(() -> branding().changeLogo(paul, mine.id(), JPEG),
                () -> branding().removeLogo(paul, mine.id()),
                () -> branding().changeSender(paul, mine.id(), new ActivitySender("paul@bois.example", "Bois")))) {
            ValidationException e = assertThrows(ValidationException.class, change::run);
            assertEquals("activity", e.errors().get(0).field(), "out of reach reads as not found");
        }
        assertEquals("image/png", branding().logo(jeanne, mine.id()).orElseThrow().mediaType());
        assertEquals("jeanne@fil-or.example", branding().sender(jeanne, mine.id()).email());
        assertTrue(branding().logo(p.f.otherCooperative(), mine.id()).isEmpty());
    }

    @Test
    void aReaderWhoDoesNotManageTheActivityNorBelongsToItIsRefused() {
        UserContext jeanne = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        Activity mine = activityOf("COUTURE", p.personOf(jeanne));
        UserContext accountant = p.f.user(p.admin, "paula", "accountant");
        assertFalse(branding().canChange(accountant, mine.id()));
        assertThrows(AccessDeniedException.class, () -> branding().changeLogo(accountant, mine.id(), PNG));
        assertThrows(AccessDeniedException.class, () -> branding().changeSender(accountant, mine.id(),
                new ActivitySender("x@y.example", null)));
        assertTrue(branding().logo(p.admin, mine.id()).isEmpty());
    }

    @Test
    void aFormerMemberNoLongerChangesTheBrand() {
        UserContext jeanne = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        long paul = p.create("Paul", "Girard").id();
        Activity shared = activityOf("ATELIER", p.personOf(jeanne), paul);
        p.activities.removeMember(p.admin, shared.id(), p.personOf(jeanne), LocalDate.of(2026, 1, 31));
        assertTrue(p.activities.find(jeanne, shared.id()).isPresent(), "a former member still reads it");
        assertFalse(branding().canChange(jeanne, shared.id()));
        assertThrows(AccessDeniedException.class, () -> branding().changeLogo(jeanne, shared.id(), PNG));
    }

    @Test
    void anythingButASmallPngOrJpegIsRefusedWhateverItIsCalledAndNothingIsStored() {
        UserContext jeanne = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        Activity mine = activityOf("COUTURE", p.personOf(jeanne));
        branding().changeLogo(jeanne, mine.id(), PNG);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tooLarge = Arrays.copyOf(PNG, ActivityBranding.LOGO_MAX_BYTES + 1);
        UserContext english = withLocale(jeanne, Locale.ENGLISH);

        ValidationException type = assertThrows(ValidationException.class,
                () -> branding().changeLogo(english, mine.id(), svg));
        assertEquals("logo", type.errors().get(0).field());
        assertTrue(type.errors().get(0).message().contains("PNG or JPEG"), type.errors().get(0).message());
        ValidationException size = assertThrows(ValidationException.class,
                () -> branding().changeLogo(jeanne, mine.id(), tooLarge));
        assertTrue(size.errors().get(0).message().contains("512 Kio"), size.errors().get(0).message());
        assertThrows(ValidationException.class, () -> branding().changeLogo(jeanne, mine.id(), new byte[0]));
        assertArrayEquals(PNG, branding().logo(jeanne, mine.id()).orElseThrow().content());
        // nothing written for the refused images: only the first change is audited
        assertEquals(1, p.f.core.audit().recent(p.admin, 50).stream()
                .filter(e -> e.action().equals("core.activity.logo")).count());
    }

    @Test
    void aBadSenderIsRefusedFieldByFieldAndChangesNothing() {
        UserContext jeanne = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        Activity mine = activityOf("COUTURE", p.personOf(jeanne));
        ActivitySender good = branding().changeSender(jeanne, mine.id(), new ActivitySender("jeanne@fil-or.example", "Fil d'Or"));

        ValidationException e = assertThrows(ValidationException.class, () -> branding().changeSender(jeanne,
                mine.id(), new ActivitySender("jeanne@localhost", "Fil d'Or\nBcc: x@y.example")));
        assertEquals(List.of("email", "name"), e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertThrows(ValidationException.class, () -> branding().changeSender(jeanne, mine.id(),
                new ActivitySender(null, "x".repeat(ActivityBranding.SENDER_NAME_MAX + 1))));
        assertEquals(good, branding().sender(jeanne, mine.id()));
    }

    private static UserContext withLocale(UserContext u, Locale locale) {
        return new UserContext(u.userId(), u.login(), u.displayName(), u.cooperativeId(), u.roles(), u.permissions(),
                locale);
    }
}
