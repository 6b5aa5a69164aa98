package coop.essaim.invoicing.internal.catalogue;

import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Catalogue;
import coop.essaim.invoicing.api.CatalogueItemDetails;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.internal.Invoicing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The demo catalogues: every open activity gets three or four items, Jeanne's tailoring ("Couture Jeanne") its
 * alterations and made-to-measure dress (a catalogue touches no books, so her domain-guide accounts stay as
 * told), a few trades their own, the others a day, an hour and a package of their trade. Names and prices are
 * fixed, so tests and the user guide can refer to them.
 */
public final class CatalogueDemo implements DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueDemo.class);

    /** An item of a demo catalogue: price in cents, the French standard rate. */
    record Template(String name, String description, LineKind kind, String unit, long cents) {
    }

    static final Map<String, List<Template>> BY_TRADE = Map.of(
            "couture", List.of(
                    new Template("Ourlet de pantalon", "Ourlet simple, repassage compris", LineKind.SERVICE, "C62", 1_500),
                    new Template("Pose de fermeture à glissière", null, LineKind.SERVICE, "C62", 2_500),
                    new Template("Heure de retouche", "Retouches sur mesure, à l’heure", LineKind.SERVICE, "HUR", 3_500),
                    new Template("Robe sur mesure", "Patron, deux essayages et finitions", LineKind.GOODS, "C62",
                            45_000)),
            "webdesign", List.of(
                    new Template("Maquette de page d’accueil", null, LineKind.SERVICE, "C62", 60_000),
                    new Template("Journée de webdesign", null, LineKind.SERVICE, "DAY", 38_000),
                    new Template("Forfait maintenance mensuel", "Mises à jour et sauvegardes", LineKind.SERVICE, "MON",
                            9_000)),
            "bijouterie", List.of(
                    new Template("Bague en argent", "Argent 925, pièce unique", LineKind.GOODS, "C62", 8_500),
                    new Template("Boucles d’oreilles", null, LineKind.GOODS, "C62", 4_500),
                    new Template("Réparation de bijou", null, LineKind.SERVICE, "C62", 3_000)),
            "jardinage", List.of(
                    new Template("Heure d’entretien de jardin", null, LineKind.SERVICE, "HUR", 3_200),
                    new Template("Taille de haie", "Au mètre linéaire", LineKind.SERVICE, "MTR", 600),
                    new Template("Évacuation des déchets verts", null, LineKind.SERVICE, "C62", 4_000)));

    private final ModuleContext module;

    public CatalogueDemo(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public void load(DemoContext context) {
        UserContext compta = context.actingAs(CoreRoles.ACCOUNTANT);
        Invoicing invoicing = Invoicing.of(module);
        Catalogue catalogue = invoicing.catalogue();
        Currency currency = Currency.getInstance(invoicing.rulebook().cooperative(compta).currency());
        List<Activity> open = module.service(Activities.class).list(context.actingAs(CoreRoles.ADMINISTRATOR), null,
                ActivityStatus.ACTIVE);
        String vat = invoicing.rulebook().standardRate(compta, LocalDate.now(), LocalDate.now()).code();
        int count = 0;
        for (Activity a : open) {
            for (Template t : templates(a)) {
                catalogue.create(compta, a.id(), new CatalogueItemDetails(t.name(), t.description(), t.kind(),
                        t.unit(), Money.of(t.cents(), currency), vat, null));
                count++;
            }
        }
        LOG.info("demo catalogues: {} items over {} activities", count, open.size());
    }

    static List<Template> templates(Activity a) {
        String trade = a.trade() == null || a.trade().isBlank() ? "prestation" : a.trade().strip();
        List<Template> own = BY_TRADE.get(trade);
        if (own != null) {
            return own;
        }
        return List.of(
                new Template("Journée de " + trade, null, LineKind.SERVICE, "DAY", 35_000),
                new Template("Heure de " + trade, null, LineKind.SERVICE, "HUR", 5_500),
                new Template("Forfait découverte", "Premier rendez-vous et devis détaillé", LineKind.SERVICE, "C62",
                        9_000));
    }
}
