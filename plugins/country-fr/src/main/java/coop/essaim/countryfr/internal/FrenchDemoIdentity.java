package coop.essaim.countryfr.internal;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Address;
import coop.essaim.api.security.CoreRoles;

/**
 * The demo cooperative's identity as a French company shows it on its invoices: a SIREN (a fictitious one that
 * passes the Luhn check), the RCS office, the intra-community VAT number computed from the SIREN, the registered
 * office. Loaded before the books and the invoices, which need it.
 */
public final class FrenchDemoIdentity implements DemoData {

    static final String SIREN = "901234567";
    static final String VAT_NUMBER = "FR15901234567";

    private final ModuleContext module;

    public FrenchDemoIdentity(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load(DemoContext context) {
        if (!"FR".equals(context.country())) {
            return; // the demo cooperative of another country: its own plugin says who it is
        }
        module.service(CooperativeProfile.class).changeIdentity(context.actingAs(CoreRoles.ADMINISTRATOR),
                new CooperativeIdentity(SIREN, "RCS Lyon", VAT_NUMBER,
                        new Address("8 rue d'Austerlitz", "69004", "Lyon", "FR"), "contact@essaim-demo.example",
                        "04 78 00 00 00", "https://essaim-demo.example"));
    }
}
