package coop.essaim.governance.internal.split;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.LedgerReports;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ReportQuery;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Holding;
import coop.essaim.governance.api.MovementKind;
import coop.essaim.governance.api.ParticipantBase;
import coop.essaim.governance.api.ParticipationKey;
import coop.essaim.governance.api.ProfitSplit;
import coop.essaim.governance.api.ShareMovement;
import coop.essaim.governance.api.SplitScheme;
import coop.essaim.governance.api.SplitShare;
import coop.essaim.governance.api.SplitStatus;
import coop.essaim.governance.internal.Messages;
import coop.essaim.governance.internal.register.ShareRegister;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The year-end profit split: dated schemes within the legal bounds, and per fiscal year a split computed from the
 * ledger's result, proposed to the assembly, adopted by it (then never changed) and posted once in the books. The
 * dividends go to the associates in proportion to the shares they held at the year's end (one person one vote, but
 * dividends per share); the participation to the employees the caller lists, by the chosen key.
 */
public final class ProfitSplits {

    static final String KEY = "governance:split:";
    private static final int MAX_RESOLUTION = 120;

    private final ModuleStore store;
    private final People people;
    private final ShareRegister register;
    private final Activities activities;
    private final CooperativeSettings settings;
    private final CooperativeDirectory cooperatives;
    private final Ledger ledger;
    private final LedgerReports reports;
    private final AuditTrail audit;
    private final Clock clock;

    public ProfitSplits(ModuleStore store, People people, ShareRegister register, Activities activities,
                        CooperativeSettings settings, CooperativeDirectory cooperatives, Ledger ledger,
                        LedgerReports reports, AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.register = register;
        this.activities = activities;
        this.settings = settings;
        this.cooperatives = cooperatives;
        this.ledger = ledger;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The bounds that apply to the actor's cooperative: its settings, or the law's and its country's defaults. */
    public SplitRules rules(UserContext actor) {
        long coop = actor.cooperativeId();
        String country = country(coop);
        return new SplitRules(SplitSettings.percent(settings, coop, country, SplitSettings.PARTICIPATION_MIN),
                SplitSettings.percent(settings, coop, country, SplitSettings.DIVIDENDS_MAX),
                SplitSettings.percent(settings, coop, country, SplitSettings.RESERVES_MIN),
                SplitSettings.percent(settings, coop, country, SplitSettings.LEGAL_RESERVE));
    }

    /** Records a scheme once it keeps within the bounds; otherwise nothing and an error per broken bound. */
    public SplitScheme addScheme(UserContext actor, SplitScheme scheme) {
        actor.require(GovernancePermissions.SPLIT_MANAGE);
        Messages m = new Messages(actor.locale());
        List<FieldError> errors = rules(actor).check(scheme, m);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        SplitSchemeEntity e = new SplitSchemeEntity(actor.cooperativeId(), scheme, LocalDateTime.now(clock),
                actor.login());
        store.run(em -> em.persist(e));
        SplitScheme saved = e.toScheme();
        audit.record(actor, "governance.split-scheme.added", "split-scheme:" + saved.id(), saved.name() + " "
                + saved.reserves() + "/" + saved.participation() + "/" + saved.dividends() + "/" + saved.other());
        return saved;
    }

    /** The cooperative's schemes, the oldest first. */
    public List<SplitScheme> schemes(UserContext actor) {
        actor.require(GovernancePermissions.SPLIT_MANAGE);
        return store.read(em -> em.createQuery("select s from GovernanceSplitScheme s where s.cooperativeId = :c"
                        + " order by s.validFrom, s.id", SplitSchemeEntity.class)
                .setParameter("c", actor.cooperativeId()).getResultList().stream()
                .map(SplitSchemeEntity::toScheme).toList());
    }

    /** The scheme in force on {@code day}: the latest dated on or before it. */
    public Optional<SplitScheme> schemeInForce(UserContext actor, LocalDate day) {
        return schemes(actor).stream().filter(s -> !s.validFrom().isAfter(day)).reduce((a, b) -> b);
    }

    /** The fiscal year {@code year} (the calendar year it starts in) of the actor's cooperative. */
    public FiscalYear fiscalYear(UserContext actor, int year) {
        return ledger.fiscalYear(actor, LocalDate.of(year, 12, 31));
    }

    /** The result of the fiscal year, from the ledger: revenue minus expenses of the whole cooperative. */
    public Money result(UserContext actor, int year) {
        FiscalYear fy = fiscalYear(actor, year);
        return reports.incomeStatement(actor, ReportQuery.period(fy.start(), fy.end())).result();
    }

    public List<ProfitSplit> splits(UserContext actor) {
        actor.require(GovernancePermissions.SPLIT_MANAGE);
        Map<Long, String> names = schemes(actor).stream().collect(Collectors.toMap(SplitScheme::id,
                SplitScheme::name));
        return store.read(em -> em.createQuery("select s from GovernanceProfitSplit s where s.cooperativeId = :c"
                        + " order by s.fiscalYear desc", ProfitSplitEntity.class)
                .setParameter("c", actor.cooperativeId()).getResultList().stream()
                .map(e -> e.toSplit(names.get(e.schemeId), shares(em, e))).toList());
    }

    public Optional<ProfitSplit> split(UserContext actor, int year) {
        return splits(actor).stream().filter(s -> s.fiscalYear() == year).findFirst();
    }

    /**
     * Computes the split of fiscal year {@code year} under {@code schemeId} (null: the scheme in force on the year's
     * last day) and stores it as a draft, replacing the draft or proposal of that year if there is one. A loss or
     * a zero result has no split. An adopted split is never revised.
     */
    public ProfitSplit draft(UserContext actor, int year, Long schemeId, ParticipationKey key,
                             List<ParticipantBase> participants) {
        actor.require(GovernancePermissions.SPLIT_MANAGE);
        Messages m = new Messages(actor.locale());
        if (year < 1900 || year > 9999) {
            throw new ValidationException("fiscalYear", m.text("error.split.year"));
        }
        FiscalYear fy = fiscalYear(actor, year);
        SplitScheme scheme = (schemeId == null ? schemeInForce(actor, fy.end())
                : schemes(actor).stream().filter(s -> s.id().equals(schemeId)).findFirst())
                .orElseThrow(() -> new ValidationException("schemeId", m.text("error.split.noScheme", fy.end())));
        if (key == null) {
            throw new ValidationException("key", m.text("error.split.key"));
        }
        List<FieldError> errors = rules(actor).check(scheme, m);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Optional<ProfitSplit> existing = split(actor, year);
        if (existing.isPresent() && !revisable(existing.get().status())) {
            throw new ValidationException("status", m.text("error.split.adopted", y(year)));
        }
        Money result = result(actor, year);
        if (!result.isPositive()) {
            throw new ValidationException("fiscalYear", m.text("error.split.noProfit", y(year), result));
        }
        SplitRules.Amounts amounts = rules(actor).amounts(result, scheme);
        List<SplitShare> shares = new ArrayList<>(participation(actor, key, participants, amounts.participation(),
                m));
        shares.addAll(dividends(actor, fy.end(), amounts.dividends(), m));
        ProfitSplit saved = store.inTransaction(em -> {
            ProfitSplitEntity e = em.createQuery("select s from GovernanceProfitSplit s where s.cooperativeId = :c"
                            + " and s.fiscalYear = :y", ProfitSplitEntity.class)
                    .setParameter("c", actor.cooperativeId()).setParameter("y", year).getResultStream().findFirst()
                    .orElse(null);
            if (e == null) {
                e = new ProfitSplitEntity(actor.cooperativeId(), year, fy.start(), fy.end(), LocalDateTime.now(clock),
                        actor.login());
                e.figures(scheme.id(), key, result, amounts);
                em.persist(e);
                em.flush();
            } else {
                if (!revisable(e.status())) {
                    throw new ValidationException("status", m.text("error.split.adopted", y(year)));
                }
                e.figures(scheme.id(), key, result, amounts);
                em.createQuery("delete from GovernanceSplitShare s where s.splitId = :s").setParameter("s", e.id)
                        .executeUpdate();
            }
            for (SplitShare s : shares) {
                em.persist(new SplitShareEntity(e.id, s));
            }
            em.flush();
            return e.toSplit(scheme.name(), shares);
        });
        audit.record(actor, "governance.split.drafted", "split:" + year, scheme.name() + " " + result.toPlainString());
        return saved;
    }

    /** Puts the draft before the assembly. */
    public ProfitSplit propose(UserContext actor, int year) {
        return move(actor, year, SplitStatus.DRAFT, e -> e.status(SplitStatus.PROPOSED), "governance.split.proposed");
    }

    /**
     * Records the assembly's adoption of the proposal on {@code on} (after the fiscal year's end), with the reference
     * of its resolution if given. From then on the split is never changed.
     */
    public ProfitSplit adopt(UserContext actor, int year, LocalDate on, String resolutionRef) {
        Messages m = new Messages(actor.locale());
        String ref = resolutionRef == null || resolutionRef.isBlank() ? null : resolutionRef.strip();
        if (ref != null && ref.length() > MAX_RESOLUTION) {
            throw new ValidationException("resolutionRef", m.text("error.split.resolution", MAX_RESOLUTION));
        }
        return move(actor, year, SplitStatus.PROPOSED, e -> {
            if (on == null || !on.isAfter(e.yearEnd())) {
                throw new ValidationException("adoptedOn", m.text("error.split.adoptedOn", e.yearEnd()));
            }
            e.adopted(on, ref);
        }, "governance.split.adopted");
    }

    /**
     * Posts the adopted split in the books on {@code on} (null: the adoption's day), once: one balanced entry on the
     * structure's section, the year's profit debited, the legal reserve, the other reserves, the participation owed,
     * the dividends payable and the other part credited. Its idempotency key is the year's, so a retry after a
     * failure posts nothing twice.
     */
    public ProfitSplit post(UserContext actor, int year, LocalDate on) {
        actor.require(GovernancePermissions.SPLIT_MANAGE);
        Messages m = new Messages(actor.locale());
        ProfitSplit split = split(actor, year).orElseThrow(() -> new ValidationException("fiscalYear",
                m.text("error.split.none", y(year))));
        if (split.status() != SplitStatus.ADOPTED) {
            throw new ValidationException("status", m.text(split.status() == SplitStatus.POSTED
                    ? "error.split.posted" : "error.split.notAdopted", y(year)));
        }
        LocalDate day = on == null ? split.adoptedOn() : on;
        if (day.isBefore(split.adoptedOn())) {
            throw new ValidationException("postedOn", m.text("error.split.postedOn", split.adoptedOn()));
        }
        ValidatedEntry entry = ledger.post(actor, entry(actor, split, day, m));
        return move(actor, year, SplitStatus.ADOPTED, e -> e.posted(entry.id()), "governance.split.posted");
    }

    private EntryDraft entry(UserContext actor, ProfitSplit s, LocalDate day, Messages m) {
        long coop = actor.cooperativeId();
        String country = country(coop);
        long section = activities.structure(actor).map(Activity::id).orElseThrow(() -> new ValidationException(
                "section", m.text("error.noStructure")));
        Function<String, String> account = k -> SplitSettings.value(settings, coop, country, k);
        List<PostingLine> lines = new ArrayList<>();
        lines.add(PostingLine.debit(account.apply(SplitSettings.RESULT_ACCOUNT), section, s.result()));
        credit(lines, account.apply(SplitSettings.LEGAL_RESERVE_ACCOUNT), section, s.legalReserve());
        credit(lines, account.apply(SplitSettings.RESERVES_ACCOUNT), section, s.reserves().minus(s.legalReserve()));
        credit(lines, account.apply(SplitSettings.PARTICIPATION_ACCOUNT), section, s.participation());
        credit(lines, account.apply(SplitSettings.DIVIDENDS_ACCOUNT), section, s.dividends());
        credit(lines, account.apply(SplitSettings.OTHER_ACCOUNT), section, s.other());
        return new EntryDraft(coop, JournalCode.MISC, day, "AG-" + s.fiscalYear(), s.adoptedOn(),
                m.text("entry.split", y(s.fiscalYear())), lines, KEY + s.fiscalYear());
    }

    private static void credit(List<PostingLine> lines, String account, long section, Money amount) {
        if (amount.isPositive()) {
            lines.add(PostingLine.credit(account, section, amount));
        }
    }

    private ProfitSplit move(UserContext actor, int year, SplitStatus from,
                             java.util.function.Consumer<ProfitSplitEntity> change, String action) {
        actor.require(GovernancePermissions.SPLIT_MANAGE);
        Messages m = new Messages(actor.locale());
        store.run(em -> {
            ProfitSplitEntity e = em.createQuery("select s from GovernanceProfitSplit s where s.cooperativeId = :c"
                            + " and s.fiscalYear = :y", ProfitSplitEntity.class)
                    .setParameter("c", actor.cooperativeId()).setParameter("y", year).getResultStream().findFirst()
                    .orElseThrow(() -> new ValidationException("fiscalYear", m.text("error.split.none", y(year))));
            if (e.status() != from) {
                throw new ValidationException("status", m.text("error.split.status", y(year),
                        m.text("SplitStatus." + e.status()), m.text("SplitStatus." + from)));
            }
            change.accept(e);
        });
        audit.record(actor, action, "split:" + year, "");
        return split(actor, year).orElseThrow();
    }

    private static boolean revisable(SplitStatus s) {
        return s == SplitStatus.DRAFT || s == SplitStatus.PROPOSED;
    }

    private List<SplitShare> participation(UserContext actor, ParticipationKey key, List<ParticipantBase> given,
                                           Money amount, Messages m) {
        List<ParticipantBase> list = given == null ? List.of() : given;
        List<FieldError> errors = new ArrayList<>();
        if (amount.isPositive() && list.isEmpty()) {
            errors.add(new FieldError("participants", m.text("error.split.participants")));
        }
        Set<Long> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        List<BigDecimal> bases = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ParticipantBase p = list.get(i);
            Optional<Person> person = people.find(actor, p.personId());
            if (person.isEmpty() || !seen.add(p.personId())) {
                errors.add(new FieldError("participants[" + i + "].personId", m.text("error.split.participant",
                        p.personId())));
                continue;
            }
            BigDecimal base = key == ParticipationKey.EQUAL ? BigDecimal.ONE : p.base();
            if (base == null || base.signum() <= 0 || base.stripTrailingZeros().scale() > 2
                    || base.compareTo(new BigDecimal("1000000000")) >= 0) {
                errors.add(new FieldError("participants[" + i + "].base", m.text("error.split.base."
                        + key.name().toLowerCase(java.util.Locale.ROOT))));
                continue;
            }
            names.add(person.get().displayName());
            bases.add(base.setScale(2));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (list.isEmpty()) {
            return List.of();
        }
        List<Money> amounts = SplitRules.allocate(amount, bases);
        List<SplitShare> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(new SplitShare(list.get(i).personId(), names.get(i), SplitShare.Kind.PARTICIPATION, bases.get(i),
                    amounts.get(i)));
        }
        return out;
    }

    /** The associates' dividends, in proportion to the shares each held at the end of {@code yearEnd}. */
    private List<SplitShare> dividends(UserContext actor, LocalDate yearEnd, Money amount, Messages m) {
        if (!amount.isPositive()) {
            return List.of();
        }
        Map<Long, Integer> held = new TreeMap<>();
        for (ShareMovement line : register.movements(actor)) {
            if (line.corrected() || line.occurredOn().isAfter(yearEnd)) {
                continue;
            }
            if (line.kind() == MovementKind.SUBSCRIPTION) {
                held.merge(line.personId(), line.shares(), Integer::sum);
            } else if (line.kind() == MovementKind.REDEMPTION) {
                held.merge(line.personId(), -line.shares(), Integer::sum);
            }
        }
        held.values().removeIf(n -> n <= 0);
        if (held.isEmpty()) {
            throw new ValidationException("dividends", m.text("error.split.noAssociate", yearEnd));
        }
        Map<Long, String> names = register.holdings(actor).stream().collect(Collectors.toMap(Holding::personId,
                Holding::name, (a, b) -> a));
        List<Long> ids = List.copyOf(held.keySet());
        List<BigDecimal> bases = ids.stream().map(id -> BigDecimal.valueOf(held.get(id))).toList();
        List<Money> amounts = SplitRules.allocate(amount, bases);
        List<SplitShare> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add(new SplitShare(ids.get(i), names.getOrDefault(ids.get(i), "#" + ids.get(i)),
                    SplitShare.Kind.DIVIDEND, bases.get(i).setScale(2), amounts.get(i)));
        }
        return out;
    }

    private static List<SplitShare> shares(EntityManager em, ProfitSplitEntity e) {
        return em.createQuery("select s from GovernanceSplitShare s where s.splitId = :s order by s.id",
                        SplitShareEntity.class).setParameter("s", e.id).getResultList().stream()
                .map(s -> s.toShare(e.currency)).toList();
    }

    /** A year as written, never grouped as a number (2 026). */
    private static String y(int year) {
        return String.valueOf(year);
    }

    private String country(long coop) {
        return cooperatives.find(coop).map(c -> c.country()).orElse("");
    }
}
