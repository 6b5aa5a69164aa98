package coop.essaim.kernel.demo;

import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.ExitReason;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.demo.DemoMembers.DemoMember;
import coop.essaim.kernel.demo.DemoMembers.DemoPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Loads the demo cooperative's population ({@link DemoMembers}) through the {@link People} and
 * {@link Activities} services, as the demo administrator: the same checks, audit and events as a person typing
 * it, and no SQL. The country's two sites, the advisers as permanent staff, each file linked to its login
 * ({@code conseil} follows the members of the first site, {@code nadia} those of the second), the members and their
 * paths, then their activities: one per member past reception, two for the photographer and wine importer,
 * one shared by the brand group, and closed on the day their member left.
 */
public final class DemoPeople {

    public static final String SECOND_ADVISER_GIVEN = "Nadia";
    public static final String SECOND_ADVISER_FAMILY = "Haddad";
    public static final String SECOND_ADVISER_LOGIN = "nadia";
    static final String REFERENT_REASON = "Début de l'accompagnement";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPeople.class);

    private final People people;
    private final Activities activities;
    private final List<EstablishmentDetails> siteDetails;
    private final Map<String, Long> sites = new LinkedHashMap<>();
    private final List<Activity> created = new ArrayList<>();
    private Steps steps;

    /** {@code siteDetails}: the country's two sites, standing for {@link DemoMembers#LYON} and the other one. */
    DemoPeople(People people, Activities activities, List<EstablishmentDetails> siteDetails) {
        if (siteDetails.size() != 2) {
            throw new IllegalArgumentException("the demo population needs two sites, got " + siteDetails.size());
        }
        this.people = people;
        this.activities = activities;
        this.siteDetails = List.copyOf(siteDetails);
    }

    /** The demo users {@code conseil}, {@code nadia} and {@code jeanne}. */
    void load(UserContext admin, long adviserUserId, long secondAdviserUserId, long jeanneUserId) {
        steps = Steps.of(people.pathModel(admin));
        site(admin, DemoMembers.LYON, siteDetails.get(0));
        site(admin, DemoMembers.VILLEURBANNE, siteDetails.get(1));
        people.create(admin, staff("Karim", "Benali", DemoMembers.LYON, "04 78 00 00 01", adviserUserId));
        people.create(admin, staff(SECOND_ADVISER_GIVEN, SECOND_ADVISER_FAMILY, DemoMembers.VILLEURBANNE,
                "04 78 00 00 02", secondAdviserUserId));

        Map<String, Long> ids = new LinkedHashMap<>();
        List<DemoMember> members = DemoMembers.MEMBERS;
        for (int i = 0; i < members.size(); i++) {
            DemoMember m = members.get(i);
            boolean jeanne = m.familyName().equals(DemoMembers.JEANNE_FAMILY)
                    && m.givenName().equals(DemoMembers.JEANNE_GIVEN);
            long id = people.create(admin, member(m, i, jeanne ? jeanneUserId : null)).id();
            ids.put(m.familyName(), id);
            walk(admin, id, m.path(), DemoMembers.LYON.equals(m.site()) ? adviserUserId : secondAdviserUserId);
        }
        for (DemoMember m : members) {
            if (m.path().support() != null && !DemoMembers.GROUP_FAMILIES.contains(m.familyName())) {
                ownActivities(admin, m, ids.get(m.familyName()));
            }
        }
        brandGroup(admin, ids);
        LOG.info("demo population loaded: {} sites, {} members, {} activities", sites.size(), members.size(),
                created.size());
    }

    private void site(UserContext admin, String member, EstablishmentDetails details) {
        sites.put(member, people.createEstablishment(admin, details).id());
    }

    private void walk(UserContext admin, long personId, DemoPath path, long adviserUserId) {
        people.recordTransition(admin, personId, step(steps.reception(), path.reception()));
        if (path.support() != null) {
            people.recordTransition(admin, personId, new PathChange(steps.support(),
                    path.support(), path.support().plusYears(1).minusDays(1), null, null));
            people.changeReferent(admin, personId, adviserUserId, path.support(), REFERENT_REASON);
        }
        if (path.salaried() != null) {
            people.recordTransition(admin, personId, step(steps.salaried(), path.salaried()));
        }
        if (path.associate() != null && steps.associate() != null) {
            people.recordTransition(admin, personId, step(steps.associate(), path.associate()));
        }
        if (path.exit() != null) {
            String reason = steps.exitReason(path.exitReason());
            people.recordTransition(admin, personId, new PathChange(steps.exit(), path.exit(), null, reason,
                    path.exitDetails() != null ? path.exitDetails() : steps.detailsFor(reason)));
        }
    }

    /** One activity per trade, from the start of the support agreement; the brand goes to the first. */
    private void ownActivities(UserContext admin, DemoMember m, long personId) {
        for (int t = 0; t < m.trades().size(); t++) {
            String trade = m.trades().get(t);
            Activity a = activity(admin, capitalised(trade) + " " + m.givenName(), t == 0 ? m.brand() : null, trade,
                    m.path().support(), List.of(personId));
            if (m.path().exit() != null) {
                activities.close(admin, a.id(), m.path().exit());
            }
        }
    }

    /**
     * The two earliest members founded the group when the second one's agreement started; the third joined
     * when hers did, so the activity's membership history shows a later arrival.
     */
    private void brandGroup(UserContext admin, Map<String, Long> ids) {
        List<DemoMember> group = DemoMembers.MEMBERS.stream()
                .filter(m -> DemoMembers.GROUP_FAMILIES.contains(m.familyName()))
                .sorted((a, b) -> a.path().support().compareTo(b.path().support()))
                .toList();
        Activity a = activity(admin, DemoMembers.GROUP_ACTIVITY, DemoMembers.GROUP_BRAND, DemoMembers.GROUP_TRADE,
                group.get(1).path().support(),
                List.of(ids.get(group.get(0).familyName()), ids.get(group.get(1).familyName())));
        for (DemoMember later : group.subList(2, group.size())) {
            activities.addMember(admin, a.id(), ids.get(later.familyName()), later.path().support());
        }
    }

    private Activity activity(UserContext admin, String name, String brand, String trade, LocalDate start,
                              List<Long> memberIds) {
        String code = String.format(Locale.ROOT, "ACT-%02d", created.size() + 1);
        Activity a = activities.create(admin, new ActivityDetails(name, brand, trade, start, code, memberIds));
        created.add(a);
        return a;
    }

    private PersonDetails staff(String given, String family, String site, String phone, Long userId) {
        return new PersonDetails(PersonKind.PERMANENT_STAFF, given, family, null, false, email(given, family),
                phone, address(site), null, sites.get(site), List.of(), userId);
    }

    /** Contact details and birth dates derived from the member's rank, so that they stay the same every start. */
    private PersonDetails member(DemoMember m, int rank, Long userId) {
        LocalDate birth = LocalDate.of(1965 + (rank * 7) % 32, 1 + rank % 12, 1 + (rank * 3) % 28);
        return new PersonDetails(PersonKind.MEMBER, m.givenName(), m.familyName(), null, false,
                email(m.givenName(), m.familyName()), String.format(Locale.ROOT, "06 12 34 56 %02d", rank),
                address(m.site()), birth, sites.get(m.site()), m.trades(), userId);
    }

    private Address address(String site) {
        Address a = siteDetails.get(DemoMembers.LYON.equals(site) ? 0 : 1).address();
        return new Address(null, a.postalCode(), a.city(), a.country());
    }

    /**
     * The statuses the demo walks, read from the cooperative's path model by what they mean rather than by code
     * (the French, Belgian and Moroccan models name them their own way): the initial status, the one opening a
     * fixed-term contract (support), the one opening an open-ended contract (salaried), the associate status if
     * the country has one, the exit.
     */
    record Steps(String reception, String support, String salaried, String associate, String exit,
                 PathModel model) {

        static Steps of(PathModel model) {
            return new Steps(first(model, PathStatusDefinition::initial),
                    first(model, s -> opens(model, s, true)),
                    first(model, s -> opens(model, s, false)),
                    model.statuses().stream().filter(PathStatusDefinition::associate).map(PathStatusDefinition::code)
                            .findFirst().orElse(null),
                    first(model, PathStatusDefinition::exit), model);
        }

        /** The member's reason when the model has it, else the model's first one. */
        String exitReason(String wanted) {
            return wanted != null && model.exitReason(wanted).isPresent() ? wanted
                    : model.exitReasons().get(0).code();
        }

        String detailsFor(String reason) {
            return model.exitReason(reason).filter(ExitReason::needsDetails).map(r -> "Fin du projet").orElse(null);
        }

        private static boolean opens(PathModel model, PathStatusDefinition s, boolean fixedTerm) {
            return s.opensContract() != null && model.contractKind(s.opensContract())
                    .map(k -> k.fixedTerm() == fixedTerm).orElse(false);
        }

        private static String first(PathModel model, Predicate<PathStatusDefinition> test) {
            return model.statuses().stream().filter(test).map(PathStatusDefinition::code).findFirst()
                    .orElseThrow(() -> new IllegalStateException("path model " + model.id()
                            + " has no status the demo can walk through"));
        }
    }

    private static String email(String given, String family) {
        String local = Normalizer.normalize(given + "." + family, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z.]", "").toLowerCase(Locale.ROOT);
        return local + "@essaim-demo.example";
    }

    private static String capitalised(String trade) {
        return trade.substring(0, 1).toUpperCase(Locale.FRENCH) + trade.substring(1);
    }

    private static PathChange step(String status, LocalDate date) {
        return new PathChange(status, date, null, null, null);
    }
}
