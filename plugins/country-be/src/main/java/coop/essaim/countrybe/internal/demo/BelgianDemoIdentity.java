package coop.essaim.countrybe.internal.demo;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Address;
import coop.essaim.api.security.CoreRoles;

/**
 * The Belgian demo cooperative's identity as its invoices show it: a fictitious enterprise number whose check
 * digits hold (0871.234.501), its VAT number, the RPM of Brussels and the registered office. Only in the Belgian
 * demo; loaded before the books and the invoices, which need it.
 */
public final class BelgianDemoIdentity implements DemoData {

    public static final String ENTERPRISE_NUMBER = "0871234501";

    private final ModuleContext module;

    public BelgianDemoIdentity(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load(DemoContext context) {
        if (!"BE".equals(context.country())) {
            return;
        }
        module.service(CooperativeProfile.class).changeIdentity(context.actingAs(CoreRoles.ADMINISTRATOR),
                new CooperativeIdentity(ENTERPRISE_NUMBER, "RPM Bruxelles", "BE" + ENTERPRISE_NUMBER,
                        new Address("70 rue Coenraets", "1060", "Saint-Gilles", "BE"), "contact@essaim-demo.example",
                        "+32 2 000 00 00", "https://essaim-demo.example"));
    }
}
