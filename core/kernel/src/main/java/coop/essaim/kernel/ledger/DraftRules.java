package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * What a draft must satisfy to be posted. Fields are named as the API and forms name them: {@code journal},
 * {@code date}, {@code label}, {@code idempotencyKey}, {@code lines}, {@code lines[i].account} (i from 0)...
 */
final class DraftRules {

    static final int MAX_LINES = 1000;

    private DraftRules() {
    }

    /**
     * @param chart        the cooperative's accounts by code, empty when its country has no chart
     * @param closedThrough the last closed day, if any
     * @param activities   whether an id is one of the cooperative's activities
     */
    static void check(EntryDraft d, String country, Optional<Map<String, Account>> chart,
                      Optional<LocalDate> closedThrough, LongPredicate activities, LedgerMessages errors) {
        check(d, country, chart, closedThrough, activities, MAX_LINES, errors);
    }

    /** {@code maxLines}: more than {@link #MAX_LINES} only for the kernel's own entries (carry-forwards). */
    static void check(EntryDraft d, String country, Optional<Map<String, Account>> chart,
                      Optional<LocalDate> closedThrough, LongPredicate activities, int maxLines,
                      LedgerMessages errors) {
        if (d.journal() == null) {
            errors.add("journal", "ledger.required");
        }
        if (d.date() == null) {
            errors.add("date", "ledger.required");
        } else if (closedThrough.isPresent() && !d.date().isAfter(closedThrough.get())) {
            errors.add("date", "ledger.date.closed", closedThrough.get());
        }
        errors.requireText("label", d.label(), 200);
        errors.optionalText("pieceReference", d.pieceReference(), 100);
        errors.requireText("idempotencyKey", d.idempotencyKey(), 120);
        checkLines(d.lines(), country, chart, activities, maxLines, errors);
    }

    private static void checkLines(List<PostingLine> lines, String country, Optional<Map<String, Account>> chart,
                                   LongPredicate activities, int maxLines, LedgerMessages errors) {
        if (lines.size() < 2) {
            errors.add("lines", "ledger.lines.empty");
            return;
        }
        if (lines.size() > maxLines) {
            errors.add("lines", "ledger.lines.tooMany", maxLines);
            return;
        }
        if (chart.isEmpty()) {
            errors.add("lines", "ledger.chart.missing", country);
        }
        Map<Currency, long[]> totals = new LinkedHashMap<>();
        boolean linesValid = true;
        for (int i = 0; i < lines.size(); i++) {
            PostingLine p = lines.get(i);
            String at = "lines[" + i + "].";
            if (p == null) {
                errors.add("lines[" + i + "]", "ledger.required");
                linesValid = false;
                continue;
            }
            if (p.accountCode() == null || p.accountCode().isBlank()) {
                errors.add(at + "account", "ledger.required");
            } else if (chart.isPresent() && !chart.get().containsKey(p.accountCode().strip())) {
                errors.add(at + "account", "ledger.line.account.unknown", p.accountCode().strip());
            }
            if (p.activityId() <= 0) {
                errors.add(at + "activity", "ledger.line.activity.invalid");
            } else if (!activities.test(p.activityId())) {
                errors.add(at + "activity", "ledger.line.activity.unknown", p.activityId());
            }
            if (p.side() == null) {
                errors.add(at + "side", "ledger.line.side.required");
                linesValid = false;
            }
            if (p.amount() == null || !p.amount().isPositive()) {
                errors.add(at + "amount", "ledger.line.amount.positive");
                linesValid = false;
            }
            errors.optionalText(at + "thirdParty", p.thirdParty(), 100);
            errors.optionalText(at + "lettering", p.lettering(), 20);
            if (p.side() != null && p.amount() != null && p.amount().isPositive()) {
                long[] t = totals.computeIfAbsent(p.amount().currency(), c -> new long[2]);
                int side = p.side() == coop.essaim.api.ledger.Side.DEBIT ? 0 : 1;
                try {
                    t[side] = Math.addExact(t[side], p.amount().minorUnits());
                } catch (ArithmeticException e) {
                    errors.add(at + "amount", "ledger.line.amount.tooLarge");
                    linesValid = false;
                }
            }
        }
        if (linesValid) {
            // balanced per currency: a EUR debit is never balanced by a MAD credit
            for (Map.Entry<Currency, long[]> t : totals.entrySet()) {
                if (t.getValue()[0] != t.getValue()[1]) {
                    errors.add("lines", "ledger.lines.unbalanced", t.getKey().getCurrencyCode(),
                            Money.of(t.getValue()[0], t.getKey()).format(errors.locale()),
                            Money.of(t.getValue()[1], t.getKey()).format(errors.locale()));
                }
            }
        }
    }
}
