package coop.essaim.web.internal.ledger;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.LetteringQuery;
import coop.essaim.api.ledger.OpenPosting;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.Services;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the lettering page and its CSV share: who may open them (the permission and the whole books), the
 * filters in the address ({@code ?account=&thirdParty=}), the accounts offered (receivables and payables first)
 * and the totals of a selection.
 */
public final class LetteringView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/ledger/lettering";
    public static final String CSV_PATH = PATH + ".csv";
    public static final Predicate<UserContext> MAY_OPEN = u -> u.can(LedgerPermissions.LETTER)
            && LedgerReport.WHOLE_BOOKS.test(u);

    public String account;
    public String thirdParty;

    static LetteringView of(PageParameters parameters) {
        LetteringView v = new LetteringView();
        v.account = text(parameters.get("account").toOptionalString());
        v.thirdParty = text(parameters.get("thirdParty").toOptionalString());
        return v;
    }

    PageParameters parameters() {
        PageParameters p = new PageParameters();
        if (account != null) {
            p.set("account", account);
        }
        if (thirdParty != null) {
            p.set("thirdParty", thirdParty);
        }
        return p;
    }

    LetteringQuery query(int limit) {
        return LetteringQuery.of(account).ofThirdParty(thirdParty).page(0, limit);
    }

    /** The chart's accounts, receivables then payables first, each group in code order. */
    static List<String> accounts(UserContext user) {
        return Services.ledgerReports().accounts(user).stream()
                .sorted(Comparator.comparingInt(LetteringView::rank).thenComparing(Account::code))
                .map(Account::code).toList();
    }

    private static int rank(Account a) {
        return a.role() == AccountRole.RECEIVABLE ? 0 : a.role() == AccountRole.PAYABLE ? 1 : 2;
    }

    /**
     * Debit, credit and their difference (debit minus credit) of {@code selected}; null when nothing is
     * selected or the selection mixes currencies (which lettering refuses). */
    static Money[] totals(List<OpenPosting> selected) {
        if (selected.isEmpty() || selected.stream().map(p -> p.debit().currency()).distinct().count() > 1) {
            return null;
        }
        Money debit = selected.stream().map(OpenPosting::debit).reduce(Money::plus).orElseThrow();
        Money credit = selected.stream().map(OpenPosting::credit).reduce(Money::plus).orElseThrow();
        return new Money[] {debit, credit, debit.minus(credit)};
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
