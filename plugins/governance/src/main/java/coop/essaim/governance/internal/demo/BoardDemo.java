package coop.essaim.governance.internal.demo;

import coop.essaim.api.people.Person;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.AgendaItem;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.Decision;
import coop.essaim.governance.api.Meeting;
import coop.essaim.governance.internal.Governance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The demo's bodies: the general assembly of associates, and the board ({@link #BOARD}) of six associates elected
 * from {@link #ELECTED_ON} for three years, {@link GovernanceDemo#LEAVING}'s mandate ended on the day he left. Two
 * board meetings in 2026: on {@link #ACCOUNTS_ON} the 2025 accounts and the call of the June assembly; on
 * {@link #CANDIDACIES_ON} the candidacies (Omar Haddad approved, Julie Brunet refused, as the candidacies say) and
 * the leaving associate, that decision entered with a wrong date and corrected by a decision that supersedes it.
 */
public final class BoardDemo {

    public static final String BOARD = "Conseil d’administration";
    public static final String ASSEMBLY = "Assemblée générale des associés";
    public static final LocalDate ELECTED_ON = LocalDate.of(2025, 6, 14);
    public static final LocalDate ACCOUNTS_ON = LocalDate.of(2026, 3, 12);
    public static final LocalDate CANDIDACIES_ON = LocalDate.of(2026, 10, 8);
    public static final String PLACE = "Siège de la coopérative, 4 place des Canuts, Lyon";
    public static final String OMAR = "Avis favorable à la candidature d’Omar Haddad au sociétariat : projet solide."
            + " Elle sera soumise au vote de l’assemblée générale.";
    private static final String[] ROLES = {"présidence", "trésorerie", "secrétariat", "administration",
            "administration"};

    private final Function<LocalDate, Governance> at;

    BoardDemo(Function<LocalDate, Governance> at) {
        this.at = at;
    }

    /** {@code associates}: the register's twelve, in their order; the last one is the leaving associate. */
    void load(UserContext admin, List<Person> associates) {
        Governance elected = at.apply(ELECTED_ON);
        elected.bodies().create(admin, BodyKind.ASSEMBLY, ASSEMBLY);
        Body board = elected.bodies().create(admin, BodyKind.BOARD, BOARD);
        LocalDate until = ELECTED_ON.plusYears(3).minusDays(1);
        for (int i = 0; i < ROLES.length; i++) {
            elected.bodies().appoint(admin, board.id(), associates.get(i).id(), ROLES[i], ELECTED_ON, until);
        }
        long leaving = associates.get(associates.size() - 1).id();
        long mandate = elected.bodies().appoint(admin, board.id(), leaving, "administration", ELECTED_ON, until)
                .id();
        accounts(admin, board, associates);
        candidacies(admin, board, associates);
        LocalDate left = LocalDate.of(2026, 10, 15);
        at.apply(left).bodies().end(admin, mandate, left);
    }

    private void accounts(UserContext admin, Body board, List<Person> associates) {
        Governance g = at.apply(ACCOUNTS_ON);
        Meeting m = g.meetings().create(admin, board.id(), ACCOUNTS_ON, PLACE, List.of(
                "Arrêté des comptes de l’exercice 2025",
                "Convocation de l’assemblée générale ordinaire du 20 juin 2026"));
        for (int i = 0; i < 5; i++) {
            g.meetings().attend(admin, m.id(), associates.get(i).id(), true);
        }
        List<AgendaItem> items = g.meetings().items(admin, m.id());
        g.meetings().decide(admin, m.id(), items.get(0).id(), "Le conseil arrête les comptes de l’exercice 2025"
                + " et les soumet à l’approbation de l’assemblée générale.", 5, 0, 0, null);
        g.meetings().decide(admin, m.id(), items.get(1).id(), "Le conseil convoque l’assemblée générale ordinaire"
                + " le 20 juin 2026 à la Maison des coopératives, avec l’approbation des comptes, la répartition"
                + " des excédents et la modification de l’article 12 des statuts.", 4, 0, 1, null);
    }

    private void candidacies(UserContext admin, Body board, List<Person> associates) {
        Governance g = at.apply(CANDIDACIES_ON);
        Meeting m = g.meetings().create(admin, board.id(), CANDIDACIES_ON, PLACE, List.of(
                "Candidatures au sociétariat", "Départ d’un associé"));
        for (int i = 0; i < 4; i++) {
            g.meetings().attend(admin, m.id(), associates.get(i).id(), true);
        }
        List<AgendaItem> items = g.meetings().items(admin, m.id());
        g.meetings().decide(admin, m.id(), items.get(0).id(), OMAR, 4, 0, 0, null);
        g.meetings().decide(admin, m.id(), items.get(0).id(), "Avis défavorable à la candidature de Julie Brunet :"
                + " activité trop récente, à représenter dans un an.", 3, 0, 1, null);
        Decision wrong = g.meetings().decide(admin, m.id(), items.get(1).id(), "Le conseil prend acte du départ"
                + " de Hugo Marchal au 15 novembre 2026 et du remboursement de ses parts à leur valeur nominale.",
                4, 0, 0, null);
        g.meetings().decide(admin, m.id(), items.get(1).id(), "Le conseil prend acte du départ de Hugo Marchal au"
                + " 15 octobre 2026 et du remboursement de ses parts à leur valeur nominale.", 4, 0, 0, wrong.id());
    }
}
