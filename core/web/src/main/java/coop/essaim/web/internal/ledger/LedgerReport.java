package coop.essaim.web.internal.ledger;

import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;

import java.util.Set;
import java.util.function.Predicate;

/**
 * The four reports of the accounting section, where their pages and files are, and who may open them: the
 * general ledger and the balance sheet are the whole books (staff reading the ledger); the trial balance and
 * the income statement also serve an entrepreneur for their own activity (the kernel confines them to it).
 */
public enum LedgerReport {
    TRIAL_BALANCE("trial-balance", false),
    GENERAL_LEDGER("general-ledger", true),
    BALANCE_SHEET("balance-sheet", true),
    INCOME_STATEMENT("income-statement", false);

    public static final Predicate<UserContext> WHOLE_BOOKS = u -> u.can(LedgerPermissions.READ)
            && !u.roles().equals(Set.of(CoreRoles.ENTREPRENEUR));
    public static final Predicate<UserContext> OWN_BOOKS = u -> u.can(LedgerPermissions.READ)
            || u.can(LedgerPermissions.READ_OWN);

    private final String slug;
    private final boolean wholeBooks;

    LedgerReport(String slug, boolean wholeBooks) {
        this.slug = slug;
        this.wholeBooks = wholeBooks;
    }

    /** {@code /ledger/trial-balance}. */
    public String path() {
        return "/ledger/" + slug;
    }

    /** {@code /ledger/trial-balance.csv}. */
    public String csvPath() {
        return path() + ".csv";
    }

    public String slug() {
        return slug;
    }

    public Predicate<UserContext> mayOpen() {
        return wholeBooks ? WHOLE_BOOKS : OWN_BOOKS;
    }
}
