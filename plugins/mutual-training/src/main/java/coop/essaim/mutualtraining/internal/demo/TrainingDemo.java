package coop.essaim.mutualtraining.internal.demo;

import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.mutualtraining.api.NewRequest;
import coop.essaim.mutualtraining.api.Offer;
import coop.essaim.mutualtraining.api.TrainingRequest;
import coop.essaim.mutualtraining.internal.MutualTraining;
import coop.essaim.mutualtraining.internal.catalogue.Catalogue;
import coop.essaim.mutualtraining.internal.criteria.Criteria;
import coop.essaim.mutualtraining.internal.request.Decision;
import coop.essaim.mutualtraining.internal.session.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year (2026) of internal trainings in the demo cooperative: two editions of the criteria (January, then July
 * with a higher cap), the year's budget, a catalogue of four offers (three published, one waiting for review),
 * eleven monthly sessions given by Jeanne, Karim and Lucie to the other demo users, and four requests: approved
 * internal, approved external with its spending, refused with reasons, on hold.
 */
public final class TrainingDemo implements DemoData {

    public static final int YEAR = 2026;
    public static final String SEWING = "Couture : bases du patronage";
    public static final String SPEAKING = "Prendre la parole devant un client";
    public static final String ACCOUNTS = "Lire son compte de résultat";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Logger LOG = LoggerFactory.getLogger(TrainingDemo.class);

    private final ModuleContext module;

    public TrainingDemo(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load(DemoContext context) {
        UserContext admin = context.actingAs(CoreRoles.ADMINISTRATOR);
        UserContext board = context.actingAs(CoreRoles.BOARD_MEMBER);
        UserContext accountant = context.actingAs(CoreRoles.ACCOUNTANT);
        UserContext jeanne = context.actingAs(CoreRoles.ENTREPRENEUR);
        UserContext adviser = context.actingAs(CoreRoles.ADVISER);
        Currency eur = on(LocalDate.of(YEAR, 1, 5)).requests().currency(admin.cooperativeId());
        Person jeannePerson = module.service(People.class).list(admin, PersonQuery.all(0, 500)).items().stream()
                .filter(p -> "Jeanne".equals(p.details().givenName()) && "Martin".equals(p.details().familyName()))
                .findFirst().orElse(null);
        List<String> startPhase = jeannePerson == null || jeannePerson.statusCode() == null ? List.of()
                : List.of(jeannePerson.statusCode());

        LocalDate january = LocalDate.of(YEAR, 1, 5);
        on(january).criteria().add(board, new Criteria(january, startPhase, 30, 20, 10, 150_000,
                new BigDecimal("30"), "Fixés par les représentants du personnel le 5 janvier " + YEAR));
        on(january).requests().setBudget(accountant, YEAR, Money.of(600_000, eur), Money.of(150_000, eur));
        LocalDate july = LocalDate.of(YEAR, 7, 1);
        on(july).criteria().add(board, new Criteria(july, startPhase, 30, 20, 10, 200_000, new BigDecimal("30"),
                "Plafond par personne relevé à 2 000,00 au 1er juillet"));

        MutualTraining jan = on(january.plusDays(1));
        Offer sewing = offer(jan, jeanne, SEWING, "couture", "Lyon", "BEGINNER", "WORKSHOP", "3", 0, eur);
        Offer speaking = offer(jan, adviser, SPEAKING, "conseil", "Lyon", "INTERMEDIATE", "COURSE", "2", 0, eur);
        Offer accounts = offer(jan, accountant, ACCOUNTS, "gestion", "Villeurbanne", "BEGINNER", "COURSE", "2",
                0, eur);
        for (Offer o : List.of(sewing, speaking, accounts)) {
            jan.catalogue().review(admin, o.id(), true, null);
        }
        offer(on(LocalDate.of(YEAR, 10, 2)), jeanne, "Broderie main", "couture", "Lyon", "ADVANCED", "WORKSHOP",
                "4", 4_000, eur);

        List<UserContext> everyone = List.of(admin, board, accountant, jeanne, adviser);
        List<Offer> offers = List.of(sewing, speaking, accounts);
        List<UserContext> trainers = List.of(jeanne, adviser, accountant);
        for (int month = 1; month <= 11; month++) {
            int k = (month - 1) % 3;
            UserContext trainer = trainers.get(k);
            LocalDate day = LocalDate.of(YEAR, month, 15);
            Map<Long, Boolean> attendees = new LinkedHashMap<>();
            for (int i = 0; i < everyone.size(); i++) {
                UserContext u = everyone.get(i);
                if (u.userId() != trainer.userId()) {
                    attendees.put(u.userId(), (i + month) % 4 != 0);
                }
            }
            Offer o = offers.get(k);
            var s = on(day).sessions().record(trainer, new Sessions.NewSession(o.id(), o.topic(), day,
                    o.durationHours(), o.site(), attendees));
            if (attendees.getOrDefault(jeanne.userId(), false)) {
                on(day).sessions().evaluate(jeanne, s.id(), 4 + month % 2, "Concret et utile");
            }
        }

        LocalDate march = LocalDate.of(YEAR, 3, 2);
        Long person = jeannePerson == null ? null : jeannePerson.id();
        TrainingRequest internal = on(march).requests().submit(jeanne, new NewRequest(SPEAKING, true,
                speaking.id(), "Présenter mes créations aux boutiques", "Démarcher des revendeurs", Money.of(0, eur),
                new BigDecimal("2"), person));
        on(march.plusDays(10)).requests().decide(board, internal.id(), new Decision(Decision.Choice.APPROVE,
                "Phase de démarrage, formation interne", null));
        LocalDate april = LocalDate.of(YEAR, 4, 7);
        TrainingRequest external = on(april).requests().submit(jeanne, new NewRequest(
                "Photographie de produits (organisme externe)", false, null, "Photographier mes pièces",
                "Boutique en ligne de l'activité", Money.of(90_000, eur), new BigDecimal("14"), person));
        on(april.plusDays(14)).requests().decide(board, external.id(), new Decision(Decision.Choice.APPROVE,
                "Sert directement la vente en ligne", null));
        on(LocalDate.of(YEAR, 6, 3)).requests().spend(accountant, external.id(), Money.of(90_000, eur));
        LocalDate september = LocalDate.of(YEAR, 9, 8);
        TrainingRequest refused = on(september).requests().submit(accountant, new NewRequest(
                "Certification en fiscalité internationale", false, null, "Approfondir la TVA intracommunautaire",
                null, Money.of(250_000, eur), new BigDecimal("35"), null));
        on(september.plusDays(7)).requests().decide(board, refused.id(), new Decision(Decision.Choice.REFUSE,
                "Au-delà du plafond annuel par personne ; à présenter l'an prochain", null));
        LocalDate october = LocalDate.of(YEAR, 10, 12);
        TrainingRequest held = on(october).requests().submit(adviser, new NewRequest("Animation de groupes",
                false, null, "Animer les ateliers collectifs", "Accompagnement des porteurs de projet",
                Money.of(60_000, eur), new BigDecimal("21"), null));
        on(october.plusDays(5)).requests().decide(board, held.id(), new Decision(Decision.Choice.HOLD,
                "En attente du devis de l'organisme", null));
        LOG.info("mutual-training demo: 11 sessions and 4 requests of {} loaded", YEAR);
    }

    private static Offer offer(MutualTraining mt, UserContext trainer, String topic, String trade, String site,
                               String level, String format, String hours, long price, Currency eur) {
        return mt.catalogue().offer(trainer, new Catalogue.NewOffer(topic, trade, site, level, format,
                new BigDecimal(hours), Money.of(price, eur), null));
    }

    private MutualTraining on(LocalDate day) {
        return MutualTraining.of(module, Clock.fixed(day.atTime(10, 0).atZone(PARIS).toInstant(), PARIS));
    }
}
