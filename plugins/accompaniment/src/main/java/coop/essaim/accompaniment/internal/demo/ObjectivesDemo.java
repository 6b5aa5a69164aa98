package coop.essaim.accompaniment.internal.demo;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.Objective;
import coop.essaim.accompaniment.api.ObjectiveDraft;
import coop.essaim.accompaniment.api.ObjectiveKind;
import coop.essaim.accompaniment.api.ObjectiveStatus;
import coop.essaim.accompaniment.internal.Accompaniment;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Person;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Each followed member's objectives contract for 2026 and a line of training plan, reviewed at their
 * appointments: a turnover for the year by stage (6,000 at reception, 15,000 with a support agreement, 30,000
 * salaried, 45,000 as associate, in the cooperative's currency), a skill, and a start-phase workshop to follow,
 * achieved by the summer. Reviews at the last two appointments held; one member in three is behind on turnover at
 * the first of them. Deterministic, from the person's name.
 */
final class ObjectivesDemo {

    private static final String[] SKILLS = {"Calculer son prix de revient", "Présenter son activité en trois minutes",
            "Relancer un client en retard de paiement", "Tenir sa trésorerie à trois mois"};
    private static final long[] TURNOVER_BY_STAGE = {6_000, 6_000, 15_000, 30_000, 45_000};

    private final Accompaniment accompaniment;
    private final Currency currency;

    ObjectivesDemo(Accompaniment accompaniment, Currency currency) {
        this.accompaniment = accompaniment;
        this.currency = currency;
    }

    /** @return how many objectives were set */
    int load(UserContext referent, Person p, int stage) {
        int seed = Math.floorMod(p.displayName().hashCode(), 1_000);
        var objectives = accompaniment.objectives();
        long yearly = TURNOVER_BY_STAGE[Math.min(stage, TURNOVER_BY_STAGE.length - 1)]
                * (long) Math.pow(10, currency.getDefaultFractionDigits());
        Objective turnover = objectives.set(referent, new ObjectiveDraft(p.id(), ObjectiveKind.TURNOVER,
                "Chiffre d’affaires 2026", Money.of(yearly, currency), null, LocalDate.of(2026, 12, 31)));
        Objective skill = objectives.set(referent, new ObjectiveDraft(p.id(), ObjectiveKind.SKILL,
                SKILLS[seed % SKILLS.length], null, null, LocalDate.of(2026, 9, 30)));
        Objective training = objectives.set(referent, new ObjectiveDraft(p.id(), ObjectiveKind.TRAINING,
                "Atelier « Du coût de revient à la facture »", null, 3, LocalDate.of(2026, 6, 30)));
        List<Appointment> held = accompaniment.appointments().ofPerson(referent, p.id()).stream()
                .filter(a -> a.attendance() == Attendance.PRESENT).toList();
        if (held.size() >= 2) {
            Appointment before = held.get(held.size() - 2);
            Appointment last = held.get(held.size() - 1);
            boolean behind = seed % 3 == 0;
            objectives.review(referent, turnover.id(), before.start().toLocalDate(), before.id(),
                    behind ? ObjectiveStatus.BEHIND : ObjectiveStatus.ON_TRACK,
                    behind ? "Deux devis perdus : relancer les prospects du printemps" : "Conforme au prévisionnel");
            objectives.review(referent, turnover.id(), last.start().toLocalDate(), last.id(), ObjectiveStatus.ON_TRACK,
                    behind ? "Rattrapé grâce à deux nouvelles commandes" : "Conforme au prévisionnel");
            objectives.review(referent, skill.id(), last.start().toLocalDate(), last.id(), ObjectiveStatus.ON_TRACK,
                    "Exercice fait en rendez-vous, à reprendre en atelier");
            if (!last.start().toLocalDate().isBefore(training.dueOn())) {
                objectives.review(referent, training.id(), last.start().toLocalDate(), last.id(),
                        ObjectiveStatus.ACHIEVED, "Atelier suivi");
            }
        }
        return 3;
    }
}
