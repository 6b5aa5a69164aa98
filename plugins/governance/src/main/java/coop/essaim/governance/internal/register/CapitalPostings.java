package coop.essaim.governance.internal.register;

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
import coop.essaim.governance.internal.GovernanceSettings;
import coop.essaim.governance.internal.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of the capital movements, on the structure's section (capital belongs to the cooperative, not to an
 * activity), each balanced and keyed by its movement so that a retry posts nothing twice. Subscriptions, redemptions
 * go to the MISC journal, payments to BANK. The ledger checks the accounts against the chart and names a bad one.
 */
final class CapitalPostings {

    static final String KEY = "governance:";

    private final Activities activities;
    private final CooperativeSettings settings;
    private final CooperativeDirectory cooperatives;

    CapitalPostings(Activities activities, CooperativeSettings settings, CooperativeDirectory cooperatives) {
        this.activities = activities;
        this.settings = settings;
        this.cooperatives = cooperatives;
    }

    record Accounts(String capital, String contribution, String refund, String cash, long section) {
    }

    Accounts accounts(UserContext actor) {
        long coop = actor.cooperativeId();
        String country = cooperatives.find(coop).map(c -> c.country()).orElse("");
        long section = activities.structure(actor).map(Activity::id).orElseThrow(() -> new ValidationException(
                "section", Messages.text(actor.locale(), "error.noStructure")));
        return new Accounts(
                GovernanceSettings.account(settings, coop, country, GovernanceSettings.CAPITAL_ACCOUNT),
                GovernanceSettings.account(settings, coop, country, GovernanceSettings.CONTRIBUTION_ACCOUNT),
                GovernanceSettings.account(settings, coop, country, GovernanceSettings.REFUND_ACCOUNT),
                GovernanceSettings.account(settings, coop, country, GovernanceSettings.CASH_ACCOUNT), section);
    }

    EntryDraft subscription(long coop, Accounts a, String piece, Money amount, LocalDate on, String label,
                            String key) {
        return new EntryDraft(coop, JournalCode.MISC, on, piece, on, label, List.of(
                PostingLine.debit(a.contribution(), a.section(), amount),
                PostingLine.credit(a.capital(), a.section(), amount)), KEY + key);
    }

    EntryDraft payment(long coop, Accounts a, String piece, Money amount, LocalDate on, String label, String key) {
        return new EntryDraft(coop, JournalCode.BANK, on, piece, on, label, List.of(
                PostingLine.debit(a.cash(), a.section(), amount),
                PostingLine.credit(a.contribution(), a.section(), amount)), KEY + key);
    }

    /** The paid part is owed back to the associate; the unpaid part cancels what they still owed. */
    EntryDraft redemption(long coop, Accounts a, String piece, Money amount, Money refund, LocalDate on,
                          String label, String key) {
        List<PostingLine> lines = new ArrayList<>();
        lines.add(PostingLine.debit(a.capital(), a.section(), amount));
        if (refund.isPositive()) {
            lines.add(PostingLine.credit(a.refund(), a.section(), refund));
        }
        Money unpaid = amount.minus(refund);
        if (unpaid.isPositive()) {
            lines.add(PostingLine.credit(a.contribution(), a.section(), unpaid));
        }
        return new EntryDraft(coop, JournalCode.MISC, on, piece, on, label, lines, KEY + key);
    }
}
