package coop.essaim.governance.internal.demo;

import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.Choice;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.internal.Governance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The demo's general assemblies: the ordinary assembly of {@link #HELD_ON} (twelve associates called: six present,
 * three represented by a present associate's proxy, three absent), its three resolutions voted in the room and
 * closed (the accounts and the profit split scheme by simple majority, a change of the statutes by two thirds in a
 * secret ballot), and the ordinary assembly of {@link #NEXT_ON} with its agenda and resolutions, not yet convened.
 */
public final class AssembliesDemo {

    public static final LocalDate HELD_ON = LocalDate.of(2026, 6, 20);
    public static final LocalDate NEXT_ON = LocalDate.of(2027, 6, 19);
    public static final String PLACE = "Maison des coopératives, 12 rue des Tisserands, Lyon";
    public static final String ACCOUNTS = "L’assemblée générale approuve les comptes de l’exercice 2025 tels qu’ils"
            + " lui ont été présentés.";
    public static final String SPLIT = "L’assemblée générale adopte le schéma de répartition des excédents « Statuts"
            + " 2025 » : 65 % aux réserves, 25 % à la participation des salariés, 10 % aux dividendes.";
    public static final String STATUTES = "L’assemblée générale modifie l’article 12 des statuts : le conseil"
            + " d’administration compte de six à douze membres.";

    /** Per resolution, the choices of the nine voices in the room in the order of the register (null: no vote). */
    private static final Choice[][] VOTES = {
            {Choice.FOR, Choice.FOR, Choice.FOR, Choice.FOR, Choice.FOR, Choice.FOR, Choice.FOR, Choice.FOR,
                    Choice.ABSTAIN},
            {Choice.FOR, Choice.FOR, Choice.AGAINST, Choice.FOR, Choice.FOR, Choice.FOR, Choice.AGAINST, Choice.FOR,
                    Choice.FOR},
            {Choice.FOR, Choice.AGAINST, Choice.FOR, Choice.FOR, Choice.ABSTAIN, Choice.FOR, Choice.FOR,
                    Choice.AGAINST, Choice.FOR}};

    private final Function<LocalDate, Governance> at;

    AssembliesDemo(Function<LocalDate, Governance> at) {
        this.at = at;
    }

    void load(UserContext admin) {
        held(admin);
        Governance g = at.apply(LocalDate.of(2026, 11, 2));
        Assembly next = g.assemblies().create(admin, AssemblyKind.ORDINARY, NEXT_ON, PLACE,
                "1. Rapport de gestion du conseil d’administration\n2. Approbation des comptes de l’exercice 2026\n"
                        + "3. Répartition des excédents de 2026\n4. Admission de nouveaux associés\n"
                        + "5. Renouvellement du tiers du conseil d’administration");
        g.assemblies().addResolution(admin, next.id(), "L’assemblée générale approuve les comptes de l’exercice"
                + " 2026.", Majority.SIMPLE, false);
        g.assemblies().addResolution(admin, next.id(), "L’assemblée générale adopte la répartition des excédents"
                + " de 2026 proposée par le conseil.", Majority.SIMPLE, false);
    }

    private void held(UserContext admin) {
        Governance g = at.apply(HELD_ON.minusDays(30));
        Assembly a = g.assemblies().create(admin, AssemblyKind.ORDINARY, HELD_ON, PLACE,
                "1. Rapport de gestion du conseil d’administration\n2. Approbation des comptes de l’exercice 2025\n"
                        + "3. Schéma de répartition des excédents\n4. Modification de l’article 12 des statuts");
        List<Attendance> called = g.assemblies().attendance(admin, a.id());
        if (called.size() < 12) {
            return;   // the register was not loaded: no one to call
        }
        Governance day = at.apply(HELD_ON);
        // the first six come, the next three give their proxy (two to the first, one to the second), the last
        // three stay away
        for (int i = 0; i < 6; i++) {
            day.assemblies().attend(admin, a.id(), called.get(i).personId(), Presence.PRESENT, null);
        }
        for (int i = 6; i < 9; i++) {
            day.assemblies().attend(admin, a.id(), called.get(i).personId(), Presence.REPRESENTED,
                    called.get(i == 8 ? 1 : 0).personId());
        }
        String[] texts = {ACCOUNTS, SPLIT, STATUTES};
        for (int r = 0; r < texts.length; r++) {
            Resolution res = day.assemblies().addResolution(admin, a.id(), texts[r],
                    r == 2 ? Majority.TWO_THIRDS : Majority.SIMPLE, r == 2);
            day.assemblies().open(admin, res.id());
            for (int v = 0; v < 9; v++) {
                day.assemblies().recordVote(admin, res.id(), called.get(v).personId(), VOTES[r][v]);
            }
            day.assemblies().close(admin, res.id());
        }
    }
}
