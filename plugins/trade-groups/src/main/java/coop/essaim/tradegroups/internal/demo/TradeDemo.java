package coop.essaim.tradegroups.internal.demo;

import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.tradegroups.api.GridDraft;
import coop.essaim.tradegroups.api.GridLine;
import coop.essaim.tradegroups.api.MeetingDraft;
import coop.essaim.tradegroups.api.RateUnit;
import coop.essaim.tradegroups.api.Resource;
import coop.essaim.tradegroups.api.TradeGroup;
import coop.essaim.tradegroups.internal.TradeGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo cooperative's two trade-practice groups, from the core demo's members (stable names): "Photographes"
 * (trade photographie, coordinated by Nicolas Fabre, with Damien Leroux and, from March 2026, Emma André) and
 * "Écriture et communication" (trade rédaction, coordinated by Anaïs Henry, with Nathan Boyer from March 2026,
 * Manon Guérin from June and Chloé Gauthier from October). Each met on the second Thursday of every month from
 * November 2025 to October 2026 (twelve meetings with their presenter, theme, attendance and notes, some with a
 * resource) and has its next meeting planned in November 2026; each published one grid edition. Dated as on the
 * demo's reference day, 2 November 2026.
 */
public final class TradeDemo implements DemoData {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    public static final String PHOTO = "Photographes";
    public static final String WRITING = "Écriture et communication";
    public static final YearMonth FIRST = YearMonth.of(2025, 11);
    public static final int MONTHS = 12;
    private static final LocalDate FOUNDED = FIRST.atDay(1);
    private static final Logger LOG = LoggerFactory.getLogger(TradeDemo.class);

    private static final List<String> PHOTO_THEMES = List.of("Se présenter et présenter son travail",
            "Droits d’auteur et cessions", "Fixer le prix d’un reportage", "Le matériel : acheter ou louer",
            "Photographier un mariage", "Trouver ses premiers clients", "Retouche et chaîne de traitement",
            "Le portfolio en ligne", "Travailler avec les agences", "L’été : festivals et événements",
            "Rentrée : relancer ses clients", "Archiver et sauvegarder ses images");
    private static final List<String> WRITING_THEMES = List.of("Nos métiers de l’écrit",
            "Tarifer au mot, au feuillet ou à la journée", "Le brief client", "Écrire pour le web",
            "Relecture croisée entre membres", "Les outils d’aide à la traduction", "Prospecter sans se brader",
            "Les réseaux sociaux pour soi-même", "Répondre à un appel d’offres à plusieurs",
            "Les droits sur les textes", "Accueillir les nouveaux venus", "Bilan de l’année et programme");

    private final ModuleContext module;

    public TradeDemo(ModuleContext module) {
        this.module = module;
    }

    /** After the core's people (and the other plugins' demo data, which it does not need). */
    @Override
    public int order() {
        return 310;
    }

    @Override
    public void load(DemoContext context) {
        UserContext admin = context.actingAs(CoreRoles.ADMINISTRATOR);
        Map<String, Person> byFamily = new LinkedHashMap<>();
        for (Person p : module.service(People.class).list(admin, PersonQuery.all(0, 500)).items()) {
            byFamily.putIfAbsent(p.details().familyName(), p);
        }
        ZoneId paris = ZoneId.of("Europe/Paris");
        TradeGroups services = TradeGroups.of(module, Clock.fixed(DAY.atTime(10, 0).atZone(paris).toInstant(),
                paris));
        Currency currency = services.grids().currency(admin.cooperativeId());
        load(services, admin, byFamily, PHOTO, "photographie", PHOTO_THEMES,
                List.of(new Joining("Fabre", FOUNDED), new Joining("Leroux", FOUNDED),
                        new Joining("André", LocalDate.of(2026, 3, 1))),
                new GridDraft(RateUnit.DAY, LocalDate.of(2026, 1, 1), List.of(
                        new GridLine("Reportage, la journée", Money.of(45_000, currency)),
                        new GridLine("Prise de vue en studio, la journée", Money.of(55_000, currency)),
                        new GridLine("Mariage, la journée", Money.of(80_000, currency)))));
        load(services, admin, byFamily, WRITING, "rédaction", WRITING_THEMES,
                List.of(new Joining("Henry", FOUNDED), new Joining("Boyer", LocalDate.of(2026, 3, 1)),
                        new Joining("Guérin", LocalDate.of(2026, 6, 1)),
                        new Joining("Gauthier", LocalDate.of(2026, 10, 1))),
                new GridDraft(RateUnit.WORD, LocalDate.of(2026, 3, 1), List.of(
                        new GridLine("Rédaction web, le mot", Money.of(12, currency)),
                        new GridLine("Traduction générale, le mot", Money.of(10, currency)),
                        new GridLine("Relecture et correction, le mot", Money.of(3, currency)))));
    }

    private record Joining(String family, LocalDate from) {
    }

    private void load(TradeGroups services, UserContext admin, Map<String, Person> byFamily, String name,
                      String trade, List<String> themes, List<Joining> joinings, GridDraft grid) {
        List<Joining> found = joinings.stream().filter(j -> byFamily.containsKey(j.family())).toList();
        if (found.size() < 2 || !found.get(0).equals(joinings.get(0))) {
            LOG.info("demo: not enough of the members of {} in the people, no such group", name);
            return;
        }
        TradeGroup g = services.groups().create(admin, name, trade, null);
        for (Joining j : found) {
            services.groups().addMember(admin, g.id(), byFamily.get(j.family()).id(), j.from());
        }
        g = services.groups().setCoordinator(admin, g.id(), byFamily.get(found.get(0).family()).id());
        for (int i = 0; i < MONTHS; i++) {
            LocalDate day = secondThursday(FIRST.plusMonths(i));
            List<Long> members = g.memberIdsOn(day);
            Long presenter = members.get(i % members.size());
            List<Long> present = new ArrayList<>();
            for (int k = 0; k < members.size(); k++) {
                // now and then someone cannot come, never the presenter
                if (members.get(k).equals(presenter) || (i + k) % 4 != 0) {
                    present.add(members.get(k));
                }
            }
            String presenterName = g.members().stream().filter(m -> m.personId() == presenter).findFirst()
                    .map(m -> m.name()).orElse("");
            String notes = presenterName + " a présenté son activité, puis échange sur le thème du mois : "
                    + themes.get(i).toLowerCase(java.util.Locale.FRENCH) + ".";
            List<Resource> resources = i % 3 == 0 ? List.of(new Resource("Support de la rencontre",
                    "https://www.example.org/collectifs/" + slug(name) + "/" + FIRST.plusMonths(i))) : List.of();
            services.meetings().record(admin, g.id(), new MeetingDraft(day, themes.get(i), presenter, notes, present,
                    resources));
        }
        LocalDate next = secondThursday(FIRST.plusMonths(MONTHS));
        Optional<Long> host = g.memberIdsOn(DAY).stream().skip(1).findFirst();
        services.meetings().record(admin, g.id(), new MeetingDraft(next, "Programme de l’année qui vient",
                host.orElse(null), null, List.of(), List.of()));
        services.grids().publish(admin, g.id(), grid);
        LOG.info("demo trade group {} loaded: {} members, {} meetings, one grid edition", name, found.size(),
                MONTHS + 1);
    }

    static LocalDate secondThursday(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY));
    }

    private static String slug(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
    }
}
