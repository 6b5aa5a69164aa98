package coop.essaim.countryma.internal.demo;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Address;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.countryma.internal.MoroccanSettings;

/**
 * The Moroccan demo cooperative's identifiers as art. 145-III CGI wants them on an invoice, all fictitious: the
 * ICE, the trade register of Casablanca, the identifiant fiscal, the patente and the CNSS affiliation, and the
 * registered office. Only in the Moroccan demo; loaded before the books and the invoices, which need them.
 */
public final class MoroccanDemoIdentity implements DemoData {

    public static final String ICE = "002345678000091";

    private final ModuleContext module;

    public MoroccanDemoIdentity(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load(DemoContext context) {
        if (!"MA".equals(context.country())) {
            return;
        }
        UserContext admin = context.actingAs(CoreRoles.ADMINISTRATOR);
        module.service(CooperativeProfile.class).changeIdentity(admin, new CooperativeIdentity(ICE,
                "RC Casablanca 512345", null, new Address("45 boulevard Zerktouni", "20330", "Casablanca", "MA"),
                "contact@essaim-demo.example", "+212 5 22 00 00 00", "https://essaim-demo.example"));
        CooperativeSettings settings = module.service(CooperativeSettings.class);
        settings.change(admin, MoroccanSettings.FISCAL_ID, "51234567");
        settings.change(admin, MoroccanSettings.PATENTE, "35123456");
        settings.change(admin, MoroccanSettings.CNSS, "7123456");
    }
}
