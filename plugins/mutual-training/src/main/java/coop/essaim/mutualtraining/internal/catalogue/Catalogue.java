package coop.essaim.mutualtraining.internal.catalogue;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.mutualtraining.api.MutualTrainingPermissions;
import coop.essaim.mutualtraining.api.Offer;
import coop.essaim.mutualtraining.internal.Messages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The internal catalogue: a member offers what they can teach, the cooperative reviews it and publishes or refuses
 * it with a note; members search the published offers by trade, topic and site. A member reads their own offers
 * whatever their state.
 */
public final class Catalogue {

    public static final Set<String> LEVELS = Set.of("BEGINNER", "INTERMEDIATE", "ADVANCED");
    public static final Set<String> FORMATS = Set.of("WORKSHOP", "COURSE", "COACHING", "ONLINE");

    /** What a member offers; {@code price} zero: free. */
    public record NewOffer(String topic, String trade, String site, String level, String format,
                           BigDecimal durationHours, Money price, String description) {
    }

    private final ModuleStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final java.util.function.LongFunction<Currency> currency;

    public Catalogue(ModuleStore store, AuditTrail audit, Clock clock,
                     java.util.function.LongFunction<Currency> currency) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.currency = currency;
    }

    public Offer offer(UserContext actor, NewOffer o) {
        actor.require(MutualTrainingPermissions.MEMBER);
        Messages m = new Messages(actor.locale());
        Currency cur = currency.apply(actor.cooperativeId());
        List<FieldError> errors = new ArrayList<>();
        if (o.topic() == null || o.topic().isBlank() || o.topic().length() > 200) {
            errors.add(new FieldError("topic", m.text("error.required")));
        }
        if (o.level() == null || !LEVELS.contains(o.level())) {
            errors.add(new FieldError("level", m.text("error.level")));
        }
        if (o.format() == null || !FORMATS.contains(o.format())) {
            errors.add(new FieldError("format", m.text("error.format")));
        }
        if (o.durationHours() == null || o.durationHours().signum() <= 0 || o.durationHours().scale() > 2
                || o.durationHours().compareTo(new BigDecimal("1000")) > 0) {
            errors.add(new FieldError("durationHours", m.text("error.hours")));
        }
        if (o.price() == null || o.price().isNegative() || !o.price().currency().equals(cur)) {
            errors.add(new FieldError("price", m.text("error.currency", cur.getCurrencyCode())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = store.inTransaction(em -> {
            OfferEntity e = new OfferEntity(actor.cooperativeId(), actor.userId(), actor.displayName());
            e.topic = o.topic().strip();
            e.trade = blankToNull(o.trade());
            e.site = blankToNull(o.site());
            e.level = o.level();
            e.format = o.format();
            e.durationHours = o.durationHours();
            e.price = o.price().minorUnits();
            e.description = blankToNull(o.description());
            e.status = "PROPOSED";
            e.createdAt = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
            em.persist(e);
            em.flush();
            return e.id;
        });
        audit.record(actor, "mutual-training.offer.proposed", "offer:" + id, o.topic());
        return find(actor, id).orElseThrow();
    }

    public Offer review(UserContext actor, long id, boolean publish, String note) {
        actor.require(MutualTrainingPermissions.REVIEW);
        Messages m = new Messages(actor.locale());
        if (!publish && (note == null || note.isBlank())) {
            throw new ValidationException("reviewNote", m.text("error.required"));
        }
        store.run(em -> Optional.ofNullable(em.find(OfferEntity.class, id))
                .filter(e -> e.cooperativeId == actor.cooperativeId())
                .orElseThrow(() -> new ValidationException("id", m.text("error.noOffer")))
                .review(publish ? "PUBLISHED" : "REFUSED", blankToNull(note), actor.login()));
        audit.record(actor, "mutual-training.offer.reviewed", "offer:" + id, publish ? "published" : "refused");
        return find(actor, id).orElseThrow();
    }

    /** Published offers matching each given word (blank: any), by topic. */
    public List<Offer> search(UserContext actor, String trade, String topic, String site) {
        actor.require(MutualTrainingPermissions.MEMBER);
        return store.read(em -> em.createQuery("select o from MutualTrainingOffer o where o.cooperativeId = :c"
                        + " and o.status = 'PUBLISHED' order by o.topic, o.id", OfferEntity.class)
                .setParameter("c", actor.cooperativeId()).getResultList().stream()
                .filter(o -> matches(o.trade, trade) && matches(o.topic, topic) && matches(o.site, site))
                .map(this::toRecord).toList());
    }

    /** Offers waiting for review (reviewers), or the actor's own offers whatever their state. */
    public List<Offer> pending(UserContext actor) {
        actor.require(MutualTrainingPermissions.REVIEW);
        return store.read(em -> em.createQuery("select o from MutualTrainingOffer o where o.cooperativeId = :c"
                        + " and o.status = 'PROPOSED' order by o.id", OfferEntity.class)
                .setParameter("c", actor.cooperativeId()).getResultList().stream().map(this::toRecord).toList());
    }

    public List<Offer> own(UserContext actor) {
        actor.require(MutualTrainingPermissions.MEMBER);
        return store.read(em -> em.createQuery("select o from MutualTrainingOffer o where o.cooperativeId = :c"
                        + " and o.trainerUserId = :u order by o.id", OfferEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("u", actor.userId()).getResultList()
                .stream().map(this::toRecord).toList());
    }

    /** A published offer, one's own, or any for a reviewer. */
    public Optional<Offer> find(UserContext actor, long id) {
        return store.read(em -> Optional.ofNullable(em.find(OfferEntity.class, id))
                .filter(o -> o.cooperativeId == actor.cooperativeId() && actor.can(MutualTrainingPermissions.MEMBER))
                .filter(o -> o.status.equals("PUBLISHED") || o.trainerUserId == actor.userId()
                        || actor.can(MutualTrainingPermissions.REVIEW))
                .map(this::toRecord));
    }

    private static boolean matches(String value, String wanted) {
        return wanted == null || wanted.isBlank() || (value != null
                && value.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Offer toRecord(OfferEntity e) {
        return new Offer(e.id, e.trainerUserId, e.trainerName, e.topic, e.trade, e.site, e.level, e.format,
                e.durationHours, Money.of(e.price, currency.apply(e.cooperativeId)), e.description, e.status,
                e.reviewNote);
    }
}
