package coop.essaim.governance.internal.demo;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Candidacy;
import coop.essaim.governance.internal.Governance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A candidacy at each step, in October 2026: {@link #WAITING_BOARD} waits for the board, {@link #WAITING_ASSEMBLY}
 * for the assembly (the board approved), {@link #REFUSED} was refused by the board, and a salaried member of the
 * demo was accepted by the assembly, their path recording the associate step.
 */
final class CandidaciesDemo {

    static final String WAITING_BOARD = "Lina Caron";
    static final String WAITING_ASSEMBLY = "Omar Haddad";
    static final String REFUSED = "Julie Brunet";
    private static final Logger LOG = LoggerFactory.getLogger(CandidaciesDemo.class);

    private final ModuleContext module;

    CandidaciesDemo(ModuleContext module) {
        this.module = module;
    }

    void load(UserContext admin) {
        People people = module.service(People.class);
        var establishments = people.establishments(admin);
        if (establishments.isEmpty()) {
            return;
        }
        long e = establishments.get(0).id();
        LocalDate submitted = LocalDate.of(2026, 10, 1);
        Governance g = at(LocalDate.of(2026, 10, 20));
        Candidacy lina = g.candidacies().apply(admin, member(people, admin, e, "Lina", "Caron").id(),
                "Entrepreneuse depuis un an, je souhaite prendre part aux décisions de la coopérative.", submitted);
        Candidacy omar = g.candidacies().apply(admin, member(people, admin, e, "Omar", "Haddad").id(),
                "Je veux m'engager dans la gouvernance partagée.", submitted);
        g.candidacies().boardDecision(admin, omar.id(), true, "Avis favorable : projet solide", submitted.plusDays(7));
        Candidacy julie = g.candidacies().apply(admin, member(people, admin, e, "Julie", "Brunet").id(),
                "Candidature au sociétariat.", submitted);
        g.candidacies().boardDecision(admin, julie.id(), false, "Activité trop récente, à représenter dans un an",
                submitted.plusDays(7));
        List<Person> salaried = people.list(admin, PersonQuery.all(0, 500).withStatus("salaried")).items();
        if (salaried.isEmpty()) {
            LOG.info("governance demo: no salaried member, no accepted candidacy (lina {})", lina.id());
            return;
        }
        Person chosen = salaried.get(salaried.size() - 1);
        Candidacy accepted = g.candidacies().apply(admin, chosen.id(), "Salarié de la coopérative, je demande à en"
                + " devenir associé.", submitted);
        if (accepted.boardFirst()) {
            g.candidacies().boardDecision(admin, accepted.id(), true, "Avis favorable", submitted.plusDays(7));
        }
        g.candidacies().assemblyDecision(admin, accepted.id(), true, "Adoptée par l'assemblée générale",
                submitted.plusDays(14));
    }

    private static Person member(People people, UserContext admin, long establishment, String given, String family) {
        return people.create(admin, new PersonDetails(PersonKind.MEMBER, given, family, null, false, null, null, null,
                null, establishment, List.of(), null));
    }

    private Governance at(LocalDate day) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        return Governance.of(module, Clock.fixed(day.atTime(12, 0).atZone(paris).toInstant(), paris));
    }
}
