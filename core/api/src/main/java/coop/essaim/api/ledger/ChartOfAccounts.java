package coop.essaim.api.ledger;

import java.util.List;

/**
 * Extension point: the chart of accounts of one country, contributed by that country's plugin (the French
 * plugin ships the PCG, the Belgian one the PCMN, the Moroccan one the CGNC).
 *
 * <p>The core uses the chart whose {@link #country()} is the cooperative's country; a posting on an account
 * outside it is refused. If two started modules contribute a chart for the same country, the one of the module
 * started first is used: install one country plugin per country. The core reads the chart when it validates an entry,
 * from any thread, so implementations return the same immutable list every time and never block.
 */
public interface ChartOfAccounts {

    /** ISO 3166 alpha-2 code of the country, upper case ({@code FR}). */
    String country();

    /** Every account a posting may use; codes are unique. */
    List<Account> accounts();
}
