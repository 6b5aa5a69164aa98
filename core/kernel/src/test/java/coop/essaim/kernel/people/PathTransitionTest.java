package coop.essaim.kernel.people;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEventListener;
import coop.essaim.api.people.Contract;
import coop.essaim.api.people.ContractKind;
import coop.essaim.api.people.ExitReason;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static coop.essaim.kernel.people.NeutralPathModel.ASSOCIATE;
import static coop.essaim.kernel.people.NeutralPathModel.EMPLOYMENT;
import static coop.essaim.kernel.people.NeutralPathModel.RECEPTION;
import static coop.essaim.kernel.people.NeutralPathModel.SALARIED;
import static coop.essaim.kernel.people.NeutralPathModel.SUPPORT_AGREEMENT;
import static coop.essaim.kernel.people.PeopleFixture.contract;
import static coop.essaim.kernel.people.PeopleFixture.exit;
import static coop.essaim.kernel.people.PeopleFixture.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of the path, allowed and refused, on the core's neutral model (no country plugin). */
class PathTransitionTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 6);

    long jeanne() {
        return p.create("Jeanne", "Martin", "couture").id();
    }

    @Test
    void aWholePathFromReceptionToExitKeepsEveryStepAndReplaysTheContracts() {
        List<DomainEvent> heard = new CopyOnWriteArrayList<>();
        p.f.registry.add("listener", DomainEventListener.class, new DomainEventListener() {
            public Set<String> types() {
                return Set.of("core.path.*");
            }

            public void on(DomainEvent event) {
                heard.add(event);
            }
        });
        long id = jeanne();

        p.people.recordTransition(p.admin, id, step(RECEPTION, JAN_2025));
        p.people.recordTransition(p.admin, id, contract(SUPPORT_AGREEMENT, LocalDate.of(2025, 2, 1),
                LocalDate.of(2026, 1, 31)));
        p.people.recordTransition(p.admin, id, step(SALARIED, LocalDate.of(2025, 9, 1)));
        p.people.recordTransition(p.admin, id, step(ASSOCIATE, LocalDate.of(2026, 1, 15)));
        PersonPath path = p.people.recordTransition(p.admin, id, exit(LocalDate.of(2026, 2, 28), "own-company", null));

        assertEquals(List.of(RECEPTION, SUPPORT_AGREEMENT, SALARIED, ASSOCIATE, NeutralPathModel.EXIT),
                path.entries().stream().map(e -> e.statusCode()).toList());
        assertEquals(List.of(
                        new Contract(SUPPORT_AGREEMENT, LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 31),
                                LocalDate.of(2025, 9, 1), 0),
                        new Contract(EMPLOYMENT, LocalDate.of(2025, 9, 1), null, LocalDate.of(2026, 2, 28), 0)),
                path.contracts());
        assertEquals("own-company", path.latest().orElseThrow().exitReason());
        assertEquals("marie", path.latest().orElseThrow().recordedBy());
        var person = p.people.find(p.admin, id).orElseThrow();
        assertEquals(NeutralPathModel.EXIT, person.statusCode());
        assertEquals(LocalDate.of(2026, 2, 28), person.statusSince());
        assertEquals(5, p.f.rows("PATH_ENTRY"));
        assertEquals(5, heard.size());
        assertEquals(Long.toString(id), heard.get(0).data().get("personId"));
        assertEquals(SALARIED, heard.get(2).data().get("status"));
        assertEquals(5, p.f.core.audit().recent(p.admin, 50).stream()
                .filter(a -> a.action().equals("core.path.changed") && a.target().equals("person:" + id)).count());
    }

    @Test
    void nobodyLeavesBeforeEntering() {
        long id = jeanne();
        assertRefused("status", "Une personne ne peut pas sortir avant d’être entrée dans le parcours : "
                + "enregistrez d’abord sa première étape.", p.admin, id, exit(JAN_2025, "stopped", null));
        assertEquals(0, p.f.rows("PATH_ENTRY"));
    }

    @Test
    void aPathStartsWithAnInitialStatus() {
        assertRefused("status", "Un parcours commence par : Accueil.", p.admin, jeanne(),
                contract(SUPPORT_AGREEMENT, JAN_2025, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void onlyTheTransitionsOfTheModelAreAccepted() {
        long id = jeanne();
        p.people.recordTransition(p.admin, id, step(RECEPTION, JAN_2025));

        assertRefused("status", "Après « Accueil », le parcours ne peut aller que vers : Sortie, Accompagnement.",
                p.admin, id, step(SALARIED, LocalDate.of(2025, 3, 1)));
        assertRefused("status", "Après « Accueil », le parcours ne peut aller que vers : Sortie, Accompagnement.",
                p.admin, id, step(RECEPTION, LocalDate.of(2025, 3, 1)));
    }

    @Test
    void anUnknownStatusIsRefusedWithTheChoices() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> p.people.recordTransition(p.admin, jeanne(), step("cape", JAN_2025)));
        assertEquals("status", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("Accueil, Accompagnement, Salarié, Associé, Sortie"),
                e.getMessage());
    }

    @Test
    void nothingFollowsAnExit() {
        long id = jeanne();
        p.people.recordTransition(p.admin, id, step(RECEPTION, JAN_2025));
        p.people.recordTransition(p.admin, id, exit(LocalDate.of(2025, 2, 1), "employment", null));

        assertRefused("status", "Cette personne est sortie le 1 février 2025 : son parcours est clos.", p.admin, id,
                step(RECEPTION, LocalDate.of(2025, 6, 1)));
    }

    @Test
    void datesGoInOrder() {
        long id = jeanne();
        p.people.recordTransition(p.admin, id, step(RECEPTION, JAN_2025));

        assertRefused("date", "La date ne peut pas précéder la dernière étape du parcours (6 janvier 2025).",
                p.admin, id, contract(SUPPORT_AGREEMENT, LocalDate.of(2024, 12, 1), LocalDate.of(2025, 12, 1)));
        assertRefused("date", "Ce champ est obligatoire.", p.admin, id,
                contract(SUPPORT_AGREEMENT, null, LocalDate.of(2025, 12, 1)));
        // the same day is in order: the individual meeting and the agreement are often signed together
        p.people.recordTransition(p.admin, id, contract(SUPPORT_AGREEMENT, JAN_2025, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aFutureDateNeedsAnOpenContractWhosePlannedEndItDoesNotPass() {
        long id = jeanne();
        assertRefused("date", "Cette date est dans le futur : une étape ne s’enregistre à l’avance que dans la "
                + "durée prévue d’un contrat.", p.admin, id, step(RECEPTION, PeopleFixture.TODAY.plusDays(1)));

        p.people.recordTransition(p.admin, id, step(RECEPTION, JAN_2025));
        p.people.recordTransition(p.admin, id, contract(SUPPORT_AGREEMENT, LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 6, 30)));

        assertRefused("date", "Cette date dépasse la fin prévue de la convention d’accompagnement (30 juin 2026) : "
                + "renouvelez-la d’abord ou choisissez une date plus proche.", p.admin, id,
                step(SALARIED, LocalDate.of(2026, 7, 1)));
        PersonPath path = p.people.recordTransition(p.admin, id, step(SALARIED, LocalDate.of(2026, 6, 1)));
        assertEquals(LocalDate.of(2026, 6, 1), path.latest().orElseThrow().date());
    }

    @Test
    void aFixedTermContractHasAPlannedEndAfterItsStartAndAnOpenEndedOneNone() {
        long id = jeanne();
        p.people.recordTransition(p.admin, id, step(RECEPTION, JAN_2025));

        assertRefused("plannedEnd", "Indiquez la fin prévue du contrat.", p.admin, id,
                step(SUPPORT_AGREEMENT, LocalDate.of(2025, 2, 1)));
        assertRefused("plannedEnd", "La fin prévue ne peut pas précéder le début (1 février 2025).", p.admin, id,
                contract(SUPPORT_AGREEMENT, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)));
        p.people.recordTransition(p.admin, id, contract(SUPPORT_AGREEMENT, LocalDate.of(2025, 2, 1),
                LocalDate.of(2026, 1, 31)));
        assertRefused("plannedEnd", "Le contrat de travail est à durée indéterminée : il n’a pas de fin prévue.",
                p.admin, id, contract(SALARIED, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void anExitHasAReasonOfTheModelAndOtherNeedsDetails() {
        long id = jeanne();
        p.people.recordTransition(p.admin, id, step(RECEPTION, JAN_2025));

        ValidationException none = assertThrows(ValidationException.class,
                () -> p.people.recordTransition(p.admin, id, exit(LocalDate.of(2025, 2, 1), null, null)));
        assertEquals("exitReason", none.errors().get(0).field());
        assertTrue(none.errors().get(0).message().contains("A créé son entreprise, A trouvé un emploi"));
        assertRefused("details", "Précisez la raison dans le détail.", p.admin, id,
                exit(LocalDate.of(2025, 2, 1), "other", " "));
        assertRefused("exitReason", "Une raison ne s’indique qu’à la sortie.", p.admin, id,
                new PathChange(SUPPORT_AGREEMENT, LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 31), "other", null));
        p.people.recordTransition(p.admin, id, exit(LocalDate.of(2025, 2, 1), "other", "moved abroad"));
    }

    @Test
    void refusalsAreInTheActorsLanguage() {
        UserContext english = p.f.otherCooperative();
        var site = p.people.createEstablishment(english, new coop.essaim.api.people.EstablishmentDetails("Brussels",
                coop.essaim.api.people.Address.NONE));
        var details = PeopleFixture.member("Anna", "Peeters", site.id());
        long id = p.people.create(english, details).id();
        ValidationException e = assertThrows(ValidationException.class,
                () -> p.people.recordTransition(english, id, exit(JAN_2025, "stopped", null)));
        assertEquals("A person cannot leave before entering the path: record their first step first.",
                e.errors().get(0).message());
    }

    @Test
    void onlyMembersFollowAPath() {
        var d = p.member("Paul", "Girard");
        long staff = p.people.create(p.admin, new coop.essaim.api.people.PersonDetails(PersonKind.PERMANENT_STAFF,
                d.givenName(), d.familyName(), null, false, null, null, null, null, p.lyon.id(), List.of(), null)).id();
        assertRefused("person", "Seuls les membres de la coopérative suivent un parcours.", p.admin, staff,
                step(RECEPTION, JAN_2025));
    }

    @Test
    void aRenewalPushesThePlannedEndBackAndIsKeptInTheHistory() {
        long id = jeanne();
        p.people.recordTransition(p.admin, id, step(RECEPTION, JAN_2025));
        p.people.recordTransition(p.admin, id, contract(SUPPORT_AGREEMENT, LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 6, 30)));

        PersonPath renewed = p.people.renewContract(p.admin, id, SUPPORT_AGREEMENT, LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 6, 30), "second year");

        Contract c = renewed.openContract(SUPPORT_AGREEMENT).orElseThrow();
        assertEquals(LocalDate.of(2027, 6, 30), c.plannedEnd());
        assertEquals(1, c.renewals());
        assertEquals(3, renewed.entries().size());
        assertTrue(renewed.entries().get(2).renewal());
        assertEquals(SUPPORT_AGREEMENT, p.people.find(p.admin, id).orElseThrow().statusCode());
        // the renewed term now lets a step be recorded in advance beyond the first planned end
        p.people.recordTransition(p.admin, id, step(SALARIED, LocalDate.of(2026, 9, 1)));
    }

    @Test
    void aRenewalIsRefusedWithoutAnOpenFixedTermContractOrForAnEarlierEnd() {
        long id = jeanne();
        p.people.recordTransition(p.admin, id, step(RECEPTION, JAN_2025));
        ValidationException none = assertThrows(ValidationException.class, () -> p.people.renewContract(p.admin, id,
                SUPPORT_AGREEMENT, LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 1), null));
        assertEquals("Aucune convention d’accompagnement n’est en cours : il n’y a rien à renouveler.",
                none.errors().get(0).message());

        p.people.recordTransition(p.admin, id, contract(SUPPORT_AGREEMENT, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 12, 31)));
        ValidationException earlier = assertThrows(ValidationException.class, () -> p.people.renewContract(p.admin,
                id, SUPPORT_AGREEMENT, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 11, 30), null));
        assertEquals("plannedEnd", earlier.errors().get(0).field());
        ValidationException late = assertThrows(ValidationException.class, () -> p.people.renewContract(p.admin,
                id, SUPPORT_AGREEMENT, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31), null));
        assertEquals("Le contrat devait finir le 31 décembre 2025 : un renouvellement se signe avant cette date.",
                late.errors().get(0).message());
        p.people.recordTransition(p.admin, id, step(SALARIED, LocalDate.of(2025, 9, 1)));
        ValidationException openEnded = assertThrows(ValidationException.class, () -> p.people.renewContract(p.admin,
                id, EMPLOYMENT, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 12, 31), null));
        assertEquals("contractKind", openEnded.errors().get(0).field());
    }

    @Test
    void aCountryModelReplacesTheNeutralOneAndNobodyHoldsTwoOpenContractsOfOneKind() {
        p.f.registry.add("country-test", PathModel.class, new RenewableByNewAgreement());
        long id = jeanne();
        assertEquals("test.twice", p.people.pathModel(p.admin).id());
        p.people.recordTransition(p.admin, id, step("accueil", JAN_2025));
        p.people.recordTransition(p.admin, id, contract("cape", LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 31)));

        ValidationException e = assertThrows(ValidationException.class, () -> p.people.recordTransition(p.admin, id,
                contract("cape", LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31))));
        assertEquals("status", e.errors().get(0).field());
        // a plugin's labels are not in the core's bundle: its codes are shown
        assertEquals("Une cape est déjà en cours (depuis le 1 février 2025) : une personne n’en a pas deux du même type.",
                e.errors().get(0).message());
        assertEquals(2, p.f.rows("PATH_ENTRY"));
    }

    /**
     * A status that ends the contracts of the kind it opens replaces the open one: successive short contracts (a
     * day, a week), each ended by the next, a one-day contract ending the day it starts.
     */
    @Test
    void successiveShortContractsEachEndedByTheNext() {
        p.f.registry.add("country-test", PathModel.class, new ShortJobs());
        long id = jeanne();
        p.people.recordTransition(p.admin, id, step("accueil", JAN_2025));
        p.people.recordTransition(p.admin, id, contract("job", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 3)));
        p.people.recordTransition(p.admin, id, contract("job", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 14)));
        PersonPath path = p.people.recordTransition(p.admin, id, contract("job", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31)));

        assertEquals(List.of(
                new Contract("job", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 10), 0),
                new Contract("job", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 14), LocalDate.of(2025, 3, 1), 0),
                new Contract("job", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), null, 0)), path.contracts());
    }

    /** Short job contracts, one after the other: the status ends the open job as it opens the next. */
    static final class ShortJobs implements PathModel {
        public String id() {
            return "test.jobs";
        }

        public boolean appliesTo(String country) {
            return "FR".equals(country);
        }

        public List<PathStatusDefinition> statuses() {
            return List.of(
                    new PathStatusDefinition("accueil", "test.accueil", true, Set.of("job"), null, Set.of(), false,
                            false),
                    new PathStatusDefinition("job", "test.job", false, Set.of("job", "sortie"), "job", Set.of("job"),
                            false, false),
                    new PathStatusDefinition("sortie", "test.sortie", false, Set.of(), null, Set.of(), true, false));
        }

        public List<ContractKind> contractKinds() {
            return List.of(new ContractKind("job", "test.contract.job", true));
        }

        public List<ExitReason> exitReasons() {
            return List.of(new ExitReason("autre", "test.exit.autre", false));
        }
    }

    /** A country model that (unwisely) lets a support status follow itself: the core still refuses a second CAPE. */
    static final class RenewableByNewAgreement implements PathModel {
        public String id() {
            return "test.twice";
        }

        public boolean appliesTo(String country) {
            return "FR".equals(country);
        }

        public List<PathStatusDefinition> statuses() {
            return List.of(
                    new PathStatusDefinition("accueil", "test.accueil", true, Set.of("cape"), null, Set.of(), false,
                            false),
                    new PathStatusDefinition("cape", "test.cape", false, Set.of("cape", "sortie"), "cape", Set.of(),
                            false, false),
                    new PathStatusDefinition("sortie", "test.sortie", false, Set.of(), null, Set.of(), true, false));
        }

        public List<ContractKind> contractKinds() {
            return List.of(new ContractKind("cape", "test.contract.cape", true));
        }

        public List<ExitReason> exitReasons() {
            return List.of(new ExitReason("autre", "test.exit.autre", false));
        }
    }

    static void assertRefused(String field, String message, UserContext actor, long personId, PathChange change) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> p.people.recordTransition(actor, personId, change));
        assertEquals(field, e.errors().get(0).field(), e.getMessage());
        assertEquals(message, e.errors().get(0).message());
    }

    @Test
    void aPersonWithoutPathHasNoStatus() {
        var person = p.people.find(p.admin, jeanne()).orElseThrow();
        assertNull(person.statusCode());
        assertTrue(p.people.path(p.admin, person.id()).orElseThrow().entries().isEmpty());
    }
}
