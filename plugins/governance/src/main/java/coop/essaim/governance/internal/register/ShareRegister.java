package coop.essaim.governance.internal.register;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.CapitalRule;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Holding;
import coop.essaim.governance.api.MovementKind;
import coop.essaim.governance.api.ShareMovement;
import coop.essaim.governance.internal.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The share register: subscriptions, payments, redemptions at nominal value and corrections, each a new line
 * (nothing is ever changed) with its balanced ledger entry posted through the core's ledger first; should the
 * line then fail to be written, the entry is reversed, so the books and the register never disagree.
 */
public final class ShareRegister {

    private final ModuleStore store;
    private final People people;
    private final CapitalRules rules;
    private final CapitalPostings postings;
    private final Ledger ledger;
    private final CooperativeDirectory cooperatives;
    private final AuditTrail audit;
    private final Clock clock;

    private ShareRegister(ModuleStore store, People people, CapitalRules rules, CapitalPostings postings,
                          Ledger ledger, CooperativeDirectory cooperatives, AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.rules = rules;
        this.postings = postings;
        this.ledger = ledger;
        this.cooperatives = cooperatives;
        this.audit = audit;
        this.clock = clock;
    }

    public static ShareRegister of(ModuleStore store, People people, CapitalRules rules,
                                   coop.essaim.api.people.Activities activities,
                                   coop.essaim.api.settings.CooperativeSettings settings,
                                   CooperativeDirectory cooperatives, Ledger ledger, AuditTrail audit, Clock clock) {
        return new ShareRegister(store, people, rules, new CapitalPostings(activities, settings, cooperatives), ledger,
                cooperatives, audit, clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** New shares at the nominal value in force on {@code on}; {@code paidAtOnce} records their full payment too. */
    public ShareMovement subscribe(UserContext actor, long personId, int shares, LocalDate on, boolean paidAtOnce) {
        return RegisterLock.serially(actor.cooperativeId(),
                () -> subscribeNow(actor, personId, shares, on, paidAtOnce));
    }

    private ShareMovement subscribeNow(UserContext actor, long personId, int shares, LocalDate on,
                                       boolean paidAtOnce) {
        actor.require(GovernancePermissions.REGISTER_MANAGE);
        Messages m = new Messages(actor.locale());
        Person person = associate(actor, personId);
        if (shares <= 0) {
            throw new ValidationException("shares", m.text("error.shares"));
        }
        LocalDate day = day(on, m);
        CapitalRule rule = rules.inForce(actor, day).orElseThrow(() -> new ValidationException("occurredOn",
                m.text("error.noRule", day)));
        Money value = CapitalRules.value(rule, shares);
        Holding before = figures(actor).holding(personId, person.displayName());
        if (before.shares() == 0 && value.compareTo(rule.minimumEntry()) < 0) {
            throw new ValidationException("shares", m.text("error.minimumEntry", rule.minimumEntry(),
                    rule.nominal()));
        }
        var a = postings.accounts(actor);
        ShareMovement sub = write(actor, e -> new MovementEntity(actor.cooperativeId(), personId,
                MovementKind.SUBSCRIPTION, shares, value, 0, day, null, null, null, e.id(), now(), actor.login()),
                postings.subscription(actor.cooperativeId(), a, piece(personId), value, day,
                        m.text("entry.subscription", shares, person.displayName()), "subscription:" + uid()));
        if (paidAtOnce) {
            pay(actor, sub.id(), value, day);
        }
        return sub;
    }

    /** Money paid on a subscription: all of what remains, or one instalment of it. */
    public ShareMovement pay(UserContext actor, long subscriptionId, Money amount, LocalDate on) {
        return RegisterLock.serially(actor.cooperativeId(), () -> payNow(actor, subscriptionId, amount, on));
    }

    private ShareMovement payNow(UserContext actor, long subscriptionId, Money amount, LocalDate on) {
        actor.require(GovernancePermissions.REGISTER_MANAGE);
        Messages m = new Messages(actor.locale());
        RegisterFigures f = figures(actor);
        ShareMovement sub = line(actor, subscriptionId).filter(x -> x.kind() == MovementKind.SUBSCRIPTION
                && !x.corrected()).orElseThrow(() -> new ValidationException("subscriptionId", m.text(
                "error.noSubscription", subscriptionId)));
        Money due = f.holding(sub.personId(), "").due();
        Money left = f.remaining(sub).compareTo(due) < 0 ? f.remaining(sub) : due;
        if (amount == null || !amount.isPositive() || !amount.currency().equals(left.currency())
                || amount.compareTo(left) > 0) {
            throw new ValidationException("amount", m.text("error.payment", left));
        }
        LocalDate day = day(on, m);
        var a = postings.accounts(actor);
        return write(actor, e -> new MovementEntity(actor.cooperativeId(), sub.personId(), MovementKind.PAYMENT, 0,
                amount, 0, day, sub.id(), null, null, e.id(), now(), actor.login()),
                postings.payment(actor.cooperativeId(), a, piece(sub.personId()), amount, day,
                        m.text("entry.payment", sub.id()), "payment:" + uid()));
    }

    /**
     * A leaving associate gives back {@code shares} shares at the nominal value they were subscribed at (never
     * more: there is no amount to give). What they paid on them is owed back; what they had not paid is cancelled.
     */
    public ShareMovement redeem(UserContext actor, long personId, int shares, LocalDate on, String note) {
        return RegisterLock.serially(actor.cooperativeId(), () -> redeemNow(actor, personId, shares, on, note));
    }

    private ShareMovement redeemNow(UserContext actor, long personId, int shares, LocalDate on, String note) {
        actor.require(GovernancePermissions.REGISTER_MANAGE);
        Messages m = new Messages(actor.locale());
        Person person = associate(actor, personId);
        Holding h = figures(actor).holding(personId, person.displayName());
        if (shares <= 0 || shares > h.shares()) {
            throw new ValidationException("shares", m.text("error.redemption", h.shares()));
        }
        LocalDate day = day(on, m);
        boolean all = shares == h.shares();
        Money value = all ? h.subscribed() : Money.of(h.subscribed().minorUnits() * shares / h.shares(),
                h.subscribed().currency());
        long paidShare = all ? h.paid().minorUnits() : h.paid().minorUnits() * shares / h.shares();
        Money refund = Money.of(Math.min(paidShare, value.minorUnits()), value.currency());
        var a = postings.accounts(actor);
        String text = note == null || note.isBlank() ? null : note.strip();
        return write(actor, e -> new MovementEntity(actor.cooperativeId(), personId, MovementKind.REDEMPTION,
                shares, value, refund.minorUnits(), day, null, null, text, e.id(), now(), actor.login()),
                postings.redemption(actor.cooperativeId(), a, piece(personId), value, refund, day,
                        m.text("entry.redemption", shares, person.displayName()), "redemption:" + uid()));
    }

    /** Cancels a line by a new one linked to it; its ledger entry is reversed on {@code on}. */
    public ShareMovement correct(UserContext actor, long movementId, LocalDate on, String reason) {
        return RegisterLock.serially(actor.cooperativeId(), () -> correctNow(actor, movementId, on, reason));
    }

    private ShareMovement correctNow(UserContext actor, long movementId, LocalDate on, String reason) {
        actor.require(GovernancePermissions.REGISTER_MANAGE);
        Messages m = new Messages(actor.locale());
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 1000) {
            throw new ValidationException("reason", m.text("error.reason", 1000));
        }
        ShareMovement x = line(actor, movementId).filter(l -> l.kind() != MovementKind.CORRECTION && !l.corrected())
                .orElseThrow(() -> new ValidationException("movementId", m.text("error.notCorrectable", movementId)));
        RegisterFigures f = figures(actor);
        Holding h = f.holding(x.personId(), "");
        if (x.kind() == MovementKind.SUBSCRIPTION && (f.hasPayments(x.id()) || h.shares() < x.shares())) {
            throw new ValidationException("movementId", m.text("error.subscriptionInUse", movementId));
        }
        if (x.kind() == MovementKind.PAYMENT && h.paid().compareTo(x.amount()) < 0) {
            throw new ValidationException("movementId", m.text("error.paymentRefunded", movementId));
        }
        LocalDate day = day(on, m);
        ValidatedEntry reversal = ledger.reverse(actor.lending(LedgerPermissions.POST), x.entryId(), day,
                m.text("entry.correction", x.id()));
        ShareMovement c = persist(actor, reversal, new MovementEntity(actor.cooperativeId(), x.personId(),
                MovementKind.CORRECTION, x.shares(), x.amount(), x.refund().minorUnits(), day, x.subscriptionId(),
                x.id(), text, reversal.id(), now(), actor.login()));
        audit.record(actor, "governance.corrected", "share-movement:" + x.id(), text);
        return c;
    }

    /** Every line of the register, the oldest first. */
    public List<ShareMovement> movements(UserContext actor) {
        actor.require(GovernancePermissions.REGISTER_VIEW);
        return all(actor);
    }

    public List<Holding> holdings(UserContext actor) {
        actor.require(GovernancePermissions.REGISTER_VIEW);
        return figures(actor).holdings(p -> people.find(actor.lending(CorePermissions.PEOPLE_READ), p)
                .map(Person::displayName).orElse("#" + p));
    }

    /**
     * The associates on the register at the end of {@code day}, with the shares they then held: those an assembly
     * of that day calls. Lines are read as the register stands now, a later correction included.
     */
    public Map<Long, Integer> associatesOn(long cooperativeId, LocalDate day) {
        List<ShareMovement> upTo = RegisterFigures.withCorrections(store.read(em -> em.createQuery("select m from"
                        + " GovernanceShareMovement m where m.cooperativeId = :c order by m.id", MovementEntity.class)
                .setParameter("c", cooperativeId).getResultList().stream().map(x -> x.toMovement(false)).toList()))
                .stream().filter(m -> !m.occurredOn().isAfter(day)).toList();
        RegisterFigures f = new RegisterFigures(upTo, Currency.getInstance("EUR"));
        Map<Long, Integer> held = new TreeMap<>();
        upTo.stream().map(ShareMovement::personId).distinct().forEach(p -> {
            int shares = f.holding(p, "").shares();
            if (shares > 0) {
                held.put(p, shares);
            }
        });
        return held;
    }

    /** The person file linked to the user's login, if any. */
    public Optional<Person> ownPerson(UserContext actor) {
        actor.require(GovernancePermissions.OWN);
        return people.list(actor.lending(CorePermissions.PEOPLE_READ), PersonQuery.all(0, 500)).items().stream()
                .filter(p -> p.details().userId() != null && p.details().userId() == actor.userId()).findFirst();
    }

    /** The user's own holding and lines; empty when their login has no person file. */
    public Optional<Holding> own(UserContext actor) {
        return ownPerson(actor).map(p -> figures(actor).holding(p.id(), p.displayName()));
    }

    public List<ShareMovement> ownMovements(UserContext actor) {
        return ownPerson(actor).map(p -> all(actor).stream().filter(x -> x.personId() == p.id()).toList())
                .orElse(List.of());
    }

    /** One associate's lines, for whoever reads the register or is that associate. */
    List<ShareMovement> linesOf(UserContext actor, long personId) {
        return all(actor).stream().filter(x -> x.personId() == personId).toList();
    }

    public Optional<ShareMovement> line(UserContext actor, long id) {
        return all(actor).stream().filter(x -> x.id() == id).findFirst();
    }

    private ShareMovement write(UserContext actor, Function<ValidatedEntry, MovementEntity> line, EntryDraft draft) {
        ValidatedEntry entry = ledger.post(actor.lending(LedgerPermissions.POST), draft);
        ShareMovement s = persist(actor, entry, line.apply(entry));
        audit.record(actor, "governance." + s.kind().name().toLowerCase(java.util.Locale.ROOT),
                "share-movement:" + s.id(), s.shares() + " " + s.amount().toPlainString() + " " + entry.reference());
        return s;
    }

    private ShareMovement persist(UserContext actor, ValidatedEntry entry, MovementEntity line) {
        try {
            return store.inTransaction(em -> {
                em.persist(line);
                em.flush();
                return line.toMovement(false);
            });
        } catch (RuntimeException e) {
            ledger.reverse(actor.lending(LedgerPermissions.POST), entry.id(), entry.date(),
                    Messages.text(actor.locale(), "entry.failed"));
            throw e;
        }
    }

    private List<ShareMovement> all(UserContext actor) {
        return RegisterFigures.withCorrections(store.read(em -> em.createQuery("select m from"
                        + " GovernanceShareMovement m where m.cooperativeId = :c order by m.id", MovementEntity.class)
                .setParameter("c", actor.cooperativeId()).getResultList().stream()
                .map(x -> x.toMovement(false)).toList()));
    }

    private RegisterFigures figures(UserContext actor) {
        return new RegisterFigures(all(actor), currency(actor));
    }

    public Currency currency(UserContext actor) {
        return Currency.getInstance(cooperatives.find(actor.cooperativeId()).map(c -> c.currency()).orElse("EUR"));
    }

    /** An associate is a member, permanent staff or an external associate (person or legal entity), never a partner. */
    private Person associate(UserContext actor, long personId) {
        Messages m = new Messages(actor.locale());
        return people.find(actor.lending(CorePermissions.PEOPLE_READ), personId)
                .filter(p -> p.details().kind() != PersonKind.PARTNER)
                .orElseThrow(() -> new ValidationException("personId", m.text("error.person", personId)));
    }

    private static LocalDate day(LocalDate on, Messages m) {
        if (on == null) {
            throw new ValidationException("occurredOn", m.text("error.required"));
        }
        return on;
    }

    private static String piece(long personId) {
        return "CAP-" + personId;
    }

    private static String uid() {
        return java.util.UUID.randomUUID().toString();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
