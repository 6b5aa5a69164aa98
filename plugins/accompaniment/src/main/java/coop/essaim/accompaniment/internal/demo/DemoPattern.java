package coop.essaim.accompaniment.internal.demo;

import coop.essaim.accompaniment.api.AppointmentDraft;
import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.api.people.Person;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;

/**
 * One member's demo appointments: the slot, mode, topics and notes of the i-th one and whether they came, drawn
 * from their name so every demo installation gets the same year.
 */
final class DemoPattern {

    private static final List<List<String>> TOPICS = List.of(
            List.of("projet", "premiers pas"),
            List.of("accueil", "projet"),
            List.of("prix", "premier devis", "communication", "prospection", "coût de revient"),
            List.of("trésorerie", "plan de salaire", "devis", "développement commercial", "relances clients"),
            List.of("sociétariat", "bilan de l'année", "nouvelle offre", "formation"));
    private static final List<String> SHARED = List.of(
            "Point d'étape : la grille de prix tient, à revoir dans trois mois.",
            "Les premiers devis sont partis ; relancer sous quinze jours.",
            "Trésorerie suivie : attendre le règlement avant d'augmenter le salaire.",
            "Préparer le rendez-vous suivant avec le tableau des ventes du mois.");
    private static final List<String> PRIVATE = List.of(
            "Fatigue visible, à surveiller.",
            "Hésite à déclarer un client qui paie en retard.",
            "Très motivée, peut présenter son activité à la mensuelle.");
    private static final List<String> NEXT = List.of(
            "Envoyer le devis révisé.",
            "Mettre à jour le site et la page de l'activité.",
            "Venir à l'atelier « coût de revient et facturation ».");

    private final int seed;
    private final boolean noShow;

    DemoPattern(String name, boolean noShow) {
        this.seed = Math.floorMod(name.hashCode(), 9973);
        this.noShow = noShow;
    }

    int offsetDays() {
        return seed % 10;
    }

    /** About one in eight missed, half excused; the no-show misses one in three, two thirds without notice. */
    Attendance attendance(int i) {
        int r = Math.floorMod(seed * 31 + i * 17 + i * i * 7, 24);
        if (noShow) {
            return r < 5 ? Attendance.ABSENT : r < 8 ? Attendance.EXCUSED : Attendance.PRESENT;
        }
        return r < 2 ? Attendance.ABSENT : r < 3 ? Attendance.EXCUSED : Attendance.PRESENT;
    }

    AppointmentDraft draft(Person p, UserContext referent, LocalDate day, int stage, int i) {
        AppointmentMode mode = AccompanimentDemo.mode(i + seed);
        List<String> topics = TOPICS.get(Math.min(stage, TOPICS.size() - 1));
        String topic = topics.get(Math.floorMod(seed + i, topics.size()));
        String privateNotes = (seed + i) % 4 == 0 ? PRIVATE.get(Math.floorMod(seed + i, PRIVATE.size())) : null;
        return new AppointmentDraft(p.id(), AccompanimentDemo.at(day, i, seed), stage <= 1 ? 60 : 45, mode,
                mode == AppointmentMode.ON_SITE ? p.details().establishmentId() : null, List.of(referent.userId()),
                List.of(topic), privateNotes, SHARED.get(Math.floorMod(seed + i, SHARED.size())),
                NEXT.get(Math.floorMod(seed * 7 + i, NEXT.size())));
    }
}
