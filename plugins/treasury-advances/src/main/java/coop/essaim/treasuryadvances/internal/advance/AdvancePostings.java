package coop.essaim.treasuryadvances.internal.advance;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.treasuryadvances.internal.AdvancesSettings;
import coop.essaim.treasuryadvances.internal.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The entries of an advance, all in the MISC journal, each balanced and posted once (its idempotency key). The
 * lender is the cooperative's structure, or the dedicated fund's activity when the setting names one.
 * <ul>
 * <li>disbursement: cash debited on the activity, claim credited on the activity (what it owes), claim debited on
 * the lender (what it is owed), cash credited on the lender;</li>
 * <li>repayment: the same four lines the other way, for the amount repaid;</li>
 * <li>write-off: the claim cleared on both sections, the write-off account debited on the lender (its loss) and
 * credited on the activity; like the contribution it nets to zero in the cooperative's books.</li>
 * </ul>
 */
final class AdvancePostings {

    static final String KEY = "treasury-advances:";

    private final Activities activities;
    private final CooperativeSettings settings;
    private final CooperativeDirectory cooperatives;
    private final CoreFigures core;

    AdvancePostings(Activities activities, CooperativeSettings settings, CooperativeDirectory cooperatives,
                    CoreFigures core) {
        this.activities = activities;
        this.settings = settings;
        this.cooperatives = cooperatives;
        this.core = core;
    }

    /** The accounts and the lending section, checked against the chart before anything is posted. */
    record Accounts(String cash, String claim, String writeOff, long lender) {
    }

    Accounts accounts(UserContext actor) {
        Messages m = new Messages(actor.locale());
        long coop = actor.cooperativeId();
        String country = cooperatives.find(coop).map(c -> c.country()).orElse("");
        Set<String> chart = core.chart(actor);
        String cash = AdvancesSettings.value(settings, coop, AdvancesSettings.CASH_ACCOUNT)
                .orElseGet(() -> core.cashAccounts(actor).stream().sorted().findFirst().orElse(""));
        String claim = account(settings, coop, country, AdvancesSettings.CLAIM_ACCOUNT);
        String writeOff = account(settings, coop, country, AdvancesSettings.WRITE_OFF_ACCOUNT);
        for (var x : List.of(List.of(AdvancesSettings.CASH_ACCOUNT, cash), List.of(AdvancesSettings.CLAIM_ACCOUNT,
                claim), List.of(AdvancesSettings.WRITE_OFF_ACCOUNT, writeOff))) {
            if (!chart.contains(x.get(1))) {
                throw new ValidationException(x.get(0), m.text("error.account", x.get(1)));
            }
        }
        long lender = AdvancesSettings.fundActivity(settings, coop).orElseGet(() -> activities.structure(actor)
                .map(Activity::id).orElseThrow(() -> new ValidationException(AdvancesSettings.FUND_ACTIVITY,
                        m.text("error.noStructure"))));
        return new Accounts(cash, claim, writeOff, lender);
    }

    private static String account(CooperativeSettings settings, long coop, String country, String key) {
        return AdvancesSettings.value(settings, coop, key)
                .or(() -> AdvancesSettings.countryDefault(country, key)).orElse("");
    }

    EntryDraft disbursement(long coop, Accounts a, long advanceId, long activityId, Money amount, LocalDate on,
                            String label) {
        return new EntryDraft(coop, JournalCode.MISC, on, piece(advanceId), on, label, List.of(
                PostingLine.debit(a.cash(), activityId, amount), PostingLine.credit(a.claim(), activityId, amount),
                PostingLine.debit(a.claim(), a.lender(), amount), PostingLine.credit(a.cash(), a.lender(), amount)),
                KEY + "disbursement:" + advanceId);
    }

    EntryDraft repayment(long coop, Accounts a, long advanceId, long activityId, Money amount, LocalDate on,
                         String label, String keySuffix) {
        return new EntryDraft(coop, JournalCode.MISC, on, piece(advanceId), on, label, List.of(
                PostingLine.debit(a.cash(), a.lender(), amount), PostingLine.credit(a.claim(), a.lender(), amount),
                PostingLine.debit(a.claim(), activityId, amount), PostingLine.credit(a.cash(), activityId, amount)),
                KEY + "repayment:" + advanceId + ":" + keySuffix);
    }

    EntryDraft writeOff(long coop, Accounts a, long advanceId, long activityId, Money amount, LocalDate on,
                        String label) {
        return new EntryDraft(coop, JournalCode.MISC, on, piece(advanceId), on, label, List.of(
                PostingLine.debit(a.claim(), activityId, amount), PostingLine.credit(a.claim(), a.lender(), amount),
                PostingLine.debit(a.writeOff(), a.lender(), amount), PostingLine.credit(a.writeOff(), activityId,
                        amount)), KEY + "write-off:" + advanceId);
    }

    static String piece(long advanceId) {
        return "AV-" + advanceId;
    }
}
