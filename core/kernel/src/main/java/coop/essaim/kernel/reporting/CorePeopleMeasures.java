package coop.essaim.kernel.reporting;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.reporting.MeasureDefinition;
import coop.essaim.api.reporting.MeasurePart;
import coop.essaim.api.reporting.MeasureUnit;
import coop.essaim.api.reporting.MeasureValue;
import coop.essaim.api.reporting.ReportMeasureSource;
import coop.essaim.api.reporting.ReportScope;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.module.ModuleMessages;
import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.api.people.People;
import coop.essaim.kernel.people.PeopleMessages;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;

/**
 * The core's people measures, for members (the people who follow a path), read from the people core's own
 * tables in two queries per scope (the members with their site, birth date and trades; their path steps up to
 * the period's end) and replayed by {@link PathTimeline}. Needs {@code core.people.read}: they are counts of
 * person files, without names.
 */
public final class CorePeopleMeasures implements ReportMeasureSource {

    public static final String SITES = "core.sites";
    public static final String SUPPORTED = "core.people.supported";
    public static final String SALARIED = "core.people.salaried";
    public static final String ASSOCIATES = "core.people.associates";
    public static final String ENTRIES = "core.people.entries";
    public static final String EXITS = "core.people.exits";
    public static final String TRADES = "core.people.trades";
    public static final String AGES = "core.people.ages";
    public static final String DAYS_TO_SALARIED = "core.people.days-to-salaried";
    /** Upper bounds of the age bands (age on the period's last day), the last band open-ended. */
    static final int[] AGE_BANDS = {25, 35, 45, 55};

    private static final List<MeasureDefinition> DEFINITIONS = List.of(
            new MeasureDefinition(SITES, "report.sites", MeasureUnit.COUNT, 10),
            new MeasureDefinition(SUPPORTED, "report.supported", MeasureUnit.COUNT, 20),
            new MeasureDefinition(SALARIED, "report.salaried", MeasureUnit.COUNT, 30),
            new MeasureDefinition(ASSOCIATES, "report.associates", MeasureUnit.COUNT, 40),
            new MeasureDefinition(ENTRIES, "report.entries", MeasureUnit.COUNT, 50),
            new MeasureDefinition(EXITS, "report.exits", MeasureUnit.COUNT, 60),
            new MeasureDefinition(TRADES, "report.trades", MeasureUnit.COUNT, 70),
            new MeasureDefinition(AGES, "report.ages", MeasureUnit.COUNT, 80),
            new MeasureDefinition(DAYS_TO_SALARIED, "report.days-to-salaried", MeasureUnit.DAYS, 90));

    private final ModuleStore store;
    private final People people;
    private final ModuleCatalog modules;

    public CorePeopleMeasures(ModuleContext context) {
        this.store = context.store().orElseThrow(() -> new IllegalStateException("core: no persistence unit"));
        this.people = context.service(People.class);
        this.modules = context.service(ModuleCatalog.class);
    }

    @Override
    public List<MeasureDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public List<MeasureValue> compute(UserContext actor, ReportScope scope) {
        actor.require(CorePermissions.PEOPLE_READ);
        PathModel model = people.pathModel(actor); // the scope is the actor's cooperative (ReportMeasures checks it)
        Map<Long, Member> members = store.read(em -> members(em, scope, model));
        List<Member> supported = members.values().stream().filter(m -> m.path.supportedIn(scope)).toList();
        List<Member> exits = members.values().stream().filter(m -> m.path.leftIn(scope)).toList();
        List<Long> daysToSalaried = new ArrayList<>();
        for (Member m : members.values()) {
            m.path.becameSalariedIn(scope).ifPresent(day -> daysToSalaried.add(
                    java.time.temporal.ChronoUnit.DAYS.between(m.path.supportStart(), day)));
        }
        Locale locale = actor.locale();
        return List.of(
                MeasureValue.count(SITES, supported.stream().map(m -> m.site).distinct().count()),
                MeasureValue.count(SUPPORTED, supported.size()),
                MeasureValue.count(SALARIED, members.values().stream().filter(m -> m.path.salariedIn(scope)).count()),
                MeasureValue.count(ASSOCIATES, members.values().stream().filter(m -> m.path.associateIn(scope)).count()),
                MeasureValue.count(ENTRIES, members.values().stream().filter(m -> m.path.enteredIn(scope)).count()),
                MeasureValue.count(EXITS, exits.size(), exitReasons(exits, model, locale)),
                MeasureValue.count(TRADES, supported.size(), trades(supported, locale)),
                MeasureValue.count(AGES, supported.size(), ages(supported, scope.to(), locale)),
                MeasureValue.number(DAYS_TO_SALARIED, median(daysToSalaried)));
    }

    private List<MeasurePart> exitReasons(List<Member> exits, PathModel model, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        model.exitReasons().forEach(r -> counts.put(r.code(), 0L));
        exits.forEach(m -> counts.merge(m.path.exitReason() == null ? "other" : m.path.exitReason(), 1L, Long::sum));
        List<MeasurePart> parts = new ArrayList<>();
        counts.forEach((code, n) -> parts.add(new MeasurePart(code, model.exitReason(code)
                .map(r -> label(model, r.labelKey(), locale)).orElse(code), n)));
        return parts;
    }

    /**
     * A label of the path model, from the bundle of the module that contributes it: the one started module whose
     * bundle its class loader reads; the people core's bundle for the neutral model and the labels a model reuses.
     */
    private String label(PathModel model, String key, Locale locale) {
        ClassLoader loader = model.getClass().getClassLoader();
        for (ModuleStatus m : modules.modules()) {
            String bundle = m.descriptor() == null ? null : m.descriptor().messagesBundle();
            if (m.state() == ModuleState.STARTED && bundle != null && !bundle.isBlank()) {
                try {
                    return new ModuleMessages(bundle.trim(), loader, locale).text(key);
                } catch (MissingResourceException e) {
                    // not this module's model, or a label it reuses from the people core
                }
            }
        }
        return PeopleMessages.text(locale, key);
    }

    /** People supported per trade (a person with two trades counts in both), most frequent first. */
    private static List<MeasurePart> trades(List<Member> supported, Locale locale) {
        Map<String, String> spelled = new HashMap<>();
        Map<String, Long> counts = new TreeMap<>();
        long none = 0;
        for (Member m : supported) {
            if (m.trades.isEmpty()) {
                none++;
            }
            m.trades.forEach((key, word) -> {
                spelled.putIfAbsent(key, word);
                counts.merge(key, 1L, Long::sum);
            });
        }
        List<MeasurePart> parts = new ArrayList<>(counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new MeasurePart(e.getKey(), spelled.get(e.getKey()), e.getValue())).toList());
        if (none > 0) {
            parts.add(new MeasurePart("none", ReportTexts.text(locale, "report.trades.none"), none));
        }
        return parts;
    }

    private static List<MeasurePart> ages(List<Member> supported, LocalDate on, Locale locale) {
        long[] counts = new long[AGE_BANDS.length + 2]; // the bands, over the last, unknown
        for (Member m : supported) {
            if (m.birthDate == null) {
                counts[counts.length - 1]++;
                continue;
            }
            int age = Period.between(m.birthDate, on).getYears();
            int band = 0;
            while (band < AGE_BANDS.length && age > AGE_BANDS[band]) {
                band++;
            }
            counts[band]++;
        }
        List<MeasurePart> parts = new ArrayList<>();
        for (int i = 0; i <= AGE_BANDS.length; i++) {
            String key = i == 0 ? "under-" + (AGE_BANDS[0] + 1)
                    : i == AGE_BANDS.length ? "over-" + AGE_BANDS[i - 1]
                    : (AGE_BANDS[i - 1] + 1) + "-" + AGE_BANDS[i];
            String label = i == 0 ? ReportTexts.text(locale, "report.ages.under", AGE_BANDS[0] + 1)
                    : i == AGE_BANDS.length ? ReportTexts.text(locale, "report.ages.over", AGE_BANDS[i - 1])
                    : ReportTexts.text(locale, "report.ages.band", AGE_BANDS[i - 1] + 1, AGE_BANDS[i]);
            parts.add(new MeasurePart(key, label, counts[i]));
        }
        parts.add(new MeasurePart("unknown", ReportTexts.text(locale, "report.ages.unknown"),
                counts[counts.length - 1]));
        return parts;
    }

    /** The median, halves rounded up; null when nobody became salaried in the period. */
    static BigDecimal median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 0,
                RoundingMode.HALF_UP);
        return middle;
    }

    private Map<Long, Member> members(EntityManager em, ReportScope scope, PathModel model) {
        String site = scope.establishmentId() == null ? "" : " and p.establishmentId = :site";
        var people = em.createQuery("select p.id, p.establishmentId, p.birthDate from Person p"
                + " where p.cooperativeId = :coop and p.kind = :member" + site, Object[].class)
                .setParameter("coop", scope.cooperativeId()).setParameter("member", PersonKind.MEMBER);
        var steps = em.createQuery("select e.id, e.personId, e.statusCode, e.date, e.contractKind, e.plannedEnd,"
                + " e.renewal, e.exitReason from PathEntry e, Person p where p.id = e.personId"
                + " and e.cooperativeId = :coop and p.cooperativeId = :coop and p.kind = :member" + site
                + " and e.date <= :to order by e.personId, e.date, e.id", Object[].class)
                .setParameter("coop", scope.cooperativeId()).setParameter("member", PersonKind.MEMBER)
                .setParameter("to", scope.to());
        var trades = em.createQuery("select t.personId, t.tradeKey, t.trade from PersonTrade t, Person p"
                + " where p.id = t.personId and t.cooperativeId = :coop and p.cooperativeId = :coop"
                + " and p.kind = :member" + site + " order by t.personId, t.id", Object[].class)
                .setParameter("coop", scope.cooperativeId()).setParameter("member", PersonKind.MEMBER);
        if (scope.establishmentId() != null) {
            people.setParameter("site", scope.establishmentId());
            steps.setParameter("site", scope.establishmentId());
            trades.setParameter("site", scope.establishmentId());
        }
        Map<Long, List<PathEntry>> paths = new HashMap<>();
        for (Object[] r : steps.getResultList()) {
            long person = (Long) r[1];
            paths.computeIfAbsent(person, k -> new ArrayList<>()).add(new PathEntry((Long) r[0], person,
                    (String) r[2], (LocalDate) r[3], (String) r[4], (LocalDate) r[5], (Boolean) r[6], (String) r[7],
                    null, null, null));
        }
        Map<Long, Map<String, String>> tradesOf = new HashMap<>();
        for (Object[] r : trades.getResultList()) {
            tradesOf.computeIfAbsent((Long) r[0], k -> new LinkedHashMap<>()).putIfAbsent((String) r[1], (String) r[2]);
        }
        Map<Long, Member> out = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Object[] r : people.getResultList()) {
            long id = (Long) r[0];
            if (seen.add(id)) {
                out.put(id, new Member((Long) r[1], (LocalDate) r[2], tradesOf.getOrDefault(id, Map.of()),
                        PathTimeline.of(paths.getOrDefault(id, List.of()), model)));
            }
        }
        return out;
    }

    private record Member(long site, LocalDate birthDate, Map<String, String> trades, PathTimeline path) {
    }
}
