package coop.essaim.kernel.cooperative;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.cooperative.CooperativeLogo;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.people.Address;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.text.EmailAddresses;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@link CooperativeProfile} service. The core checks the shape of each value (lengths, an e-mail, an
 * ISO country, a VAT number as the EU writes them: two letters then 2 to 18 letters or digits, a web address
 * starting with https:// or http://); whether a French SIREN's key is right is the French plugin's business.
 */
public final class KernelCooperativeProfile implements CooperativeProfile {

    private static final Pattern VAT = Pattern.compile("[A-Z]{2}[0-9A-Z]{2,18}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]+");

    private final ModuleStore store;
    private final KernelAuditTrail audit;
    private final Clock clock;

    public KernelCooperativeProfile(ModuleStore store, KernelAuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CooperativeIdentity identity(UserContext actor) {
        return store.read(em -> Optional.ofNullable(em.find(CooperativeIdentityEntity.class, actor.cooperativeId()))
                .map(CooperativeIdentityEntity::toRecord).orElse(CooperativeIdentity.EMPTY));
    }

    @Override
    public CooperativeIdentity changeIdentity(UserContext actor, CooperativeIdentity identity) {
        actor.require(CorePermissions.COOPERATIVE_MANAGE);
        CooperativeIdentity clean = checked(identity == null ? CooperativeIdentity.EMPTY : identity, actor.locale());
        Instant now = clock.instant();
        return store.inTransaction(em -> {
            CooperativeIdentityEntity e = em.find(CooperativeIdentityEntity.class, actor.cooperativeId());
            if (e == null) {
                e = new CooperativeIdentityEntity(actor.cooperativeId(), now, actor.login());
                em.persist(e);
            }
            e.change(clean, now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.cooperative.identity",
                    "cooperative:" + actor.cooperativeId(), "registration " + clean.registrationNumber()
                            + ", VAT " + clean.vatNumber());
            return e.toRecord();
        });
    }

    @Override
    public Optional<CooperativeLogo> logo(long cooperativeId) {
        return store.read(em -> Optional.ofNullable(em.find(CooperativeLogoEntity.class, cooperativeId))
                .map(l -> new CooperativeLogo(l.getContent(), l.getMediaType())));
    }

    @Override
    public void changeLogo(UserContext actor, byte[] content) {
        actor.require(CorePermissions.COOPERATIVE_MANAGE);
        if (content == null || content.length == 0) {
            throw FieldErrors.single(actor.locale(), "logo", "cooperative.logo.required");
        }
        if (content.length > LOGO_MAX_BYTES) {
            throw FieldErrors.single(actor.locale(), "logo", "cooperative.logo.tooLarge", LOGO_MAX_BYTES / 1024);
        }
        String type = ImageTypes.of(content).orElseThrow(() ->
                FieldErrors.single(actor.locale(), "logo", "cooperative.logo.type"));
        Instant now = clock.instant();
        store.run(em -> {
            CooperativeLogoEntity e = em.find(CooperativeLogoEntity.class, actor.cooperativeId());
            if (e == null) {
                em.persist(new CooperativeLogoEntity(actor.cooperativeId(), content, type, now, actor.login()));
            } else {
                e.replace(content, type, now, actor.login());
            }
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.cooperative.logo",
                    "cooperative:" + actor.cooperativeId(), type + ", " + content.length + " bytes");
        });
    }

    @Override
    public void removeLogo(UserContext actor) {
        actor.require(CorePermissions.COOPERATIVE_MANAGE);
        store.run(em -> {
            CooperativeLogoEntity e = em.find(CooperativeLogoEntity.class, actor.cooperativeId());
            if (e != null) {
                em.remove(e);
                audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.cooperative.logo",
                        "cooperative:" + actor.cooperativeId(), "removed");
            }
        });
    }

    private static CooperativeIdentity checked(CooperativeIdentity i, Locale locale) {
        FieldErrors errors = new FieldErrors(locale);
        String vat = compact(i.vatNumber());
        String country = upper(i.address().country());
        optional(errors, "registrationNumber", i.registrationNumber(), 40);
        optional(errors, "registrationOffice", i.registrationOffice(), 80);
        if (vat != null && !VAT.matcher(vat).matches()) {
            errors.add("vatNumber", "cooperative.vat.invalid");
        }
        optional(errors, "street", i.address().street(), 200);
        optional(errors, "postalCode", i.address().postalCode(), 20);
        optional(errors, "city", i.address().city(), 120);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            errors.add("country", "cooperative.country.invalid");
        }
        if (clean(i.email()) != null && (i.email().strip().length() > 254 || !EmailAddresses.plausible(i.email()))) {
            errors.add("email", "cooperative.email.invalid");
        }
        optional(errors, "phone", i.phone(), 40);
        if (clean(i.website()) != null && (i.website().strip().length() > 200
                || !WEBSITE.matcher(i.website().strip()).matches())) {
            errors.add("website", "cooperative.website.invalid");
        }
        errors.throwIfAny();
        return new CooperativeIdentity(clean(i.registrationNumber()), clean(i.registrationOffice()), vat,
                new Address(clean(i.address().street()), clean(i.address().postalCode()), clean(i.address().city()),
                        country), clean(i.email()), clean(i.phone()), clean(i.website()));
    }

    private static void optional(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, "validation.tooLong", max);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** "FR 12 345 678 901" is how people type it; "FR12345678901" is how it is printed and checked. */
    private static String compact(String s) {
        String c = clean(s);
        return c == null ? null : c.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
    }

    private static String upper(String s) {
        String c = clean(s);
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }
}
