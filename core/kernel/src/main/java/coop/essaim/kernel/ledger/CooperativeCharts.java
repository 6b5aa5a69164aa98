package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chart of accounts of a country, from the {@link ChartOfAccounts} extensions of the started modules.
 * Read on each validation rather than cached: a country plugin installed or removed while the server runs
 * takes effect at once, and a chart is a few hundred accounts.
 */
public final class CooperativeCharts {

    private static final Logger LOG = LoggerFactory.getLogger(CooperativeCharts.class);

    private final ModuleRegistry registry;

    public CooperativeCharts(ModuleRegistry registry) {
        this.registry = registry;
    }

    /** The accounts by code, or empty when no started module contributes a chart for {@code country}. */
    public Optional<Map<String, Account>> chartOf(String country) {
        for (Extension<ChartOfAccounts> ext : registry.extensions(ChartOfAccounts.class)) {
            ChartOfAccounts chart = ext.instance();
            String c;
            try {
                c = chart.country();
            } catch (RuntimeException e) {
                LOG.error("module {}: its ChartOfAccounts failed to name its country", ext.module().id(), e);
                continue;
            }
            if (country.equalsIgnoreCase(c)) {
                Map<String, Account> accounts = new LinkedHashMap<>();
                for (Account a : chart.accounts()) {
                    if (accounts.putIfAbsent(a.code(), a) != null) {
                        LOG.warn("module {}: account {} appears twice in its chart; the first is used",
                                ext.module().id(), a.code());
                    }
                }
                return Optional.of(accounts);
            }
        }
        return Optional.empty();
    }
}
