package coop.essaim.kernel.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo cooperative's members, as data: forty people at every stage of the neutral path, with trades in
 * the domain guide's sector mix (crafts 8, services to individuals 8, services to businesses 8,
 * communication and IT 12, trade 4). Every date is counted back from {@link #REFERENCE_DATE}, never from
 * today, so tests and documentation can name them; the support agreements of the salaried members started
 * less than two years before it, except {@link #OVERDUE_GIVEN} {@link #OVERDUE_FAMILY}'s, which started more
 * than three years before and who is still not associate.
 */
public final class DemoMembers {

    /** The day the demo's story is told from: no step of any path lies after it. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 2);
    public static final String LYON = "Lyon – Croix-Rousse";
    public static final String VILLEURBANNE = "Villeurbanne";
    public static final String JEANNE_GIVEN = "Jeanne";
    public static final String JEANNE_FAMILY = "Martin";
    public static final String JEANNE_ACTIVITY = "Couture Jeanne";
    public static final String JEANNE_BRAND = "Fil d'Or";
    public static final String OVERDUE_GIVEN = "Olivier";
    public static final String OVERDUE_FAMILY = "Brun";
    /** The member who runs two activities (the domain guide's photographer and wine importer). */
    public static final String TWO_ACTIVITIES_FAMILY = "Fabre";
    /** The brand group: one activity, three members. */
    public static final String GROUP_ACTIVITY = "Collectif graphique";
    public static final String GROUP_BRAND = "Trois Traits";
    public static final String GROUP_TRADE = "graphisme";
    public static final List<String> GROUP_FAMILIES = List.of("Caron", "Barbier", "Rey");

    /** The sectors of the domain guide's typical mix. */
    public enum Sector { CRAFTS, SERVICES_TO_INDIVIDUALS, SERVICES_TO_BUSINESSES, COMMUNICATION_IT, TRADE }

    /**
     * A member's path as the dates of its steps (null: not reached); the support agreement is planned for a
     * year. {@code exitReason} is a neutral path model code; {@code exitDetails} is the free text "other" needs.
     */
    public record DemoPath(LocalDate reception, LocalDate support, LocalDate salaried, LocalDate associate,
                           LocalDate exit, String exitReason, String exitDetails) {

        DemoPath support(int monthsAgo) {
            return new DemoPath(reception, ago(monthsAgo), salaried, associate, exit, exitReason, exitDetails);
        }

        DemoPath salaried(int monthsAgo) {
            return new DemoPath(reception, support, ago(monthsAgo), associate, exit, exitReason, exitDetails);
        }

        DemoPath associate(int monthsAgo) {
            return new DemoPath(reception, support, salaried, ago(monthsAgo), exit, exitReason, exitDetails);
        }

        DemoPath left(int monthsAgo, String reason, String details) {
            return new DemoPath(reception, support, salaried, associate, ago(monthsAgo), reason, details);
        }
    }

    /** {@code site}: {@link #LYON} or {@link #VILLEURBANNE}; {@code brand} may be null. */
    public record DemoMember(String givenName, String familyName, String site, Sector sector, List<String> trades,
                             DemoPath path, String brand) {

        public DemoMember {
            trades = List.copyOf(trades);
        }
    }

    public static final List<DemoMember> MEMBERS = List.of(
            // reception: the collective information meeting, before any agreement
            m("Camille", "Fournier", LYON, Sector.SERVICES_TO_INDIVIDUALS, "cours de yoga", received(1)),
            m("Hugo", "Lambert", VILLEURBANNE, Sector.COMMUNICATION_IT, "développement mobile", received(1)),
            m("Inès", "Bouvier", LYON, Sector.CRAFTS, "céramique", received(2)),
            m("Mathis", "Chevalier", VILLEURBANNE, Sector.SERVICES_TO_BUSINESSES, "traduction technique", received(2)),
            m("Léa", "Perrin", LYON, Sector.SERVICES_TO_INDIVIDUALS, "garde d'animaux", received(3)),
            m("Yanis", "Meyer", VILLEURBANNE, Sector.TRADE, "épicerie fine", received(3)),
            // support agreement
            m("Chloé", "Gauthier", LYON, Sector.COMMUNICATION_IT, "webdesign", supported(1)),
            m("Baptiste", "Roche", VILLEURBANNE, Sector.CRAFTS, "menuiserie", supported(2)),
            m("Sarah", "Mercier", LYON, Sector.SERVICES_TO_INDIVIDUALS, "coaching professionnel", supported(3)),
            m("Lucas", "Blanc", VILLEURBANNE, Sector.SERVICES_TO_BUSINESSES, "formation", supported(4)),
            m("Manon", "Guérin", LYON, Sector.COMMUNICATION_IT, "community management", supported(5)),
            new DemoMember("Antoine", "Faure", VILLEURBANNE, Sector.SERVICES_TO_INDIVIDUALS, List.of("jardinage"),
                    supported(6), "Jardins du Rhône"),
            m("Emma", "André", LYON, Sector.COMMUNICATION_IT, "illustration", supported(7)),
            m("Nathan", "Boyer", VILLEURBANNE, Sector.SERVICES_TO_BUSINESSES, "rédaction", supported(8)),
            new DemoMember("Zoé", "Colin", LYON, Sector.CRAFTS, List.of("bijouterie"), supported(9), "Zoé Bijoux"),
            m("Romain", "Giraud", VILLEURBANNE, Sector.TRADE, "cosmétiques naturels", supported(10)),
            // salaried: Jeanne, three months after her support agreement started, as in the domain guide
            new DemoMember(JEANNE_GIVEN, JEANNE_FAMILY, LYON, Sector.CRAFTS, List.of("couture"),
                    supported(9).salaried(6), JEANNE_BRAND),
            m(OVERDUE_GIVEN, OVERDUE_FAMILY, VILLEURBANNE, Sector.CRAFTS, "ébénisterie", supported(41).salaried(33)),
            m("Julie", "Renaud", LYON, Sector.COMMUNICATION_IT, "développement web", supported(11).salaried(7)),
            m("Maxime", "Arnaud", VILLEURBANNE, Sector.SERVICES_TO_BUSINESSES, "conseil en organisation",
                    supported(12).salaried(8)),
            m("Laura", "Picard", LYON, Sector.SERVICES_TO_INDIVIDUALS, "aide administrative à domicile",
                    supported(14).salaried(9)),
            m("Damien", "Leroux", VILLEURBANNE, Sector.COMMUNICATION_IT, "vidéo", supported(15).salaried(10)),
            m("Pauline", "Caron", LYON, Sector.COMMUNICATION_IT, GROUP_TRADE, supported(17).salaried(12)),
            m("Alexis", "Marchand", VILLEURBANNE, Sector.SERVICES_TO_BUSINESSES, "interprétariat",
                    supported(18).salaried(13)),
            m("Clara", "Dumont", LYON, Sector.SERVICES_TO_INDIVIDUALS, "cours de musique", supported(20).salaried(14)),
            m("Victor", "Lemaire", VILLEURBANNE, Sector.TRADE, "brocante", supported(22).salaried(16)),
            // associate, within three years of their support agreement
            new DemoMember("Nicolas", TWO_ACTIVITIES_FAMILY, LYON, Sector.COMMUNICATION_IT,
                    List.of("photographie", "import de vin"), supported(60).salaried(54).associate(30), null),
            m("Élise", "Barbier", LYON, Sector.COMMUNICATION_IT, GROUP_TRADE, supported(50).salaried(44).associate(20)),
            m("Thomas", "Rey", VILLEURBANNE, Sector.COMMUNICATION_IT, GROUP_TRADE,
                    supported(46).salaried(40).associate(16)),
            m("Aurélie", "Morel", VILLEURBANNE, Sector.CRAFTS, "tapisserie d'ameublement",
                    supported(58).salaried(52).associate(28)),
            m("Sébastien", "Noël", LYON, Sector.SERVICES_TO_BUSINESSES, "secrétariat externalisé",
                    supported(55).salaried(49).associate(25)),
            m("Margaux", "Petit", VILLEURBANNE, Sector.SERVICES_TO_INDIVIDUALS, "massage bien-être",
                    supported(48).salaried(42).associate(18)),
            m("Guillaume", "Robin", LYON, Sector.COMMUNICATION_IT, "conseil informatique",
                    supported(64).salaried(58).associate(34)),
            m("Anaïs", "Henry", VILLEURBANNE, Sector.SERVICES_TO_BUSINESSES, "traduction",
                    supported(44).salaried(38).associate(14)),
            // exit, with every reason of the neutral model, from several stages
            m("Florian", "Masson", LYON, Sector.COMMUNICATION_IT, "référencement web",
                    supported(30).salaried(24).left(6, "own-company", null)),
            m("Justine", "Hubert", VILLEURBANNE, Sector.SERVICES_TO_INDIVIDUALS, "soutien scolaire",
                    supported(20).left(8, "employment", null)),
            m("Quentin", "Michel", LYON, Sector.CRAFTS, "reliure", supported(16).left(10, "stopped", null)),
            m("Céline", "Lefort", VILLEURBANNE, Sector.SERVICES_TO_BUSINESSES, "assistance commerciale",
                    supported(28).salaried(22).left(4, "other", "Déménagement hors de la région")),
            m("Bastien", "Roger", LYON, Sector.TRADE, "vélos d'occasion", received(12).left(11, "stopped", null)),
            m("Hélène", "Garcia", VILLEURBANNE, Sector.CRAFTS, "ferronnerie d'art",
                    supported(70).salaried(64).associate(40).left(5, "own-company", null)));

    private DemoMembers() {
    }

    static LocalDate ago(int months) {
        return REFERENCE_DATE.minusMonths(months);
    }

    private static DemoPath received(int monthsAgo) {
        return new DemoPath(ago(monthsAgo), null, null, null, null, null, null);
    }

    /** Received at the information meeting a month before the agreement started. */
    private static DemoPath supported(int monthsAgo) {
        return received(monthsAgo + 1).support(monthsAgo);
    }

    private static DemoMember m(String given, String family, String site, Sector sector, String trade, DemoPath path) {
        return new DemoMember(given, family, site, sector, List.of(trade), path, null);
    }
}
