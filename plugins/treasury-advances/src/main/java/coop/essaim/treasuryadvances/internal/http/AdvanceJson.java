package coop.essaim.treasuryadvances.internal.http;

import coop.essaim.api.money.Money;
import coop.essaim.treasuryadvances.api.RuleCheck;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.Vote;
import coop.essaim.treasuryadvances.internal.advance.Exposure;
import coop.essaim.treasuryadvances.internal.rule.RuleEdition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API: money as {@code {"amount": "800.00", "currency": "EUR"}}, arrays of objects. */
final class AdvanceJson {

    private AdvanceJson() {
    }

    static Map<String, Object> of(TreasuryAdvance a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("reference", "AV-" + a.id());
        out.put("activityId", a.activityId());
        out.put("kind", a.kind());
        out.put("amount", money(a.amount()));
        out.put("reason", a.reason());
        out.put("invoices", a.invoiceReferences().stream().map(n -> Map.of("number", n)).toList());
        out.put("repayment", a.repayment());
        out.put("receiptShare", a.receiptShare().toPlainString());
        out.put("dueOn", a.dueOn());
        out.put("schedule", a.schedule().stream().map(i -> Map.of("dueOn", i.dueOn(), "amount", money(i.amount())))
                .toList());
        out.put("automatic", a.automatic());
        out.put("status", a.status());
        out.put("overdue", a.overdue());
        out.put("decisionReasons", a.decisionReasons());
        out.put("decidedAt", a.decidedAt());
        out.put("decidedBy", a.decidedBy());
        out.put("disbursedOn", a.disbursedOn());
        out.put("disbursementEntryId", a.disbursementEntryId());
        out.put("repaid", money(a.repaid()));
        out.put("writtenOff", money(a.writtenOff()));
        out.put("writeOffEntryId", a.writeOffEntryId());
        out.put("balance", money(a.balance()));
        out.put("requestedAt", a.requestedAt());
        out.put("requestedBy", a.requestedBy());
        return out;
    }

    static Map<String, Object> check(RuleCheck c) {
        return Map.of("rule", c.rule(), "outcome", c.outcome(), "explanation", c.explanation());
    }

    static Map<String, Object> vote(Vote v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("voterUserId", v.voterUserId());
        out.put("voterName", v.voterName());
        out.put("choice", v.choice());
        out.put("comment", v.comment());
        out.put("votedAt", v.votedAt());
        return out;
    }

    static Map<String, Object> exposure(Exposure.Report r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("today", r.today());
        out.put("outstanding", money(r.outstanding()));
        out.put("approvedNotDisbursed", money(r.approvedNotDisbursed()));
        out.put("ceiling", r.ceiling().map(AdvanceJson::money).orElse(null));
        out.put("activityCeiling", money(r.activityCeiling()));
        out.put("repaymentRate", r.repaymentRate().toPlainString());
        out.put("activities", r.perActivity().entrySet().stream().map(e -> Map.of("activityId", e.getKey(),
                "outstanding", money(e.getValue()))).toList());
        List<Integer> bounds = Exposure.AGES;
        out.put("ageing", java.util.stream.IntStream.range(0, r.ageing().size()).mapToObj(i -> {
            Map<String, Object> bucket = new LinkedHashMap<>();
            bucket.put("upToDays", i < bounds.size() ? bounds.get(i) : null);
            bucket.put("outstanding", money(r.ageing().get(i)));
            return bucket;
        }).toList());
        out.put("overdue", r.overdue().stream().map(AdvanceJson::of).toList());
        out.put("months", r.months().entrySet().stream().map(e -> Map.of("month", e.getKey().toString(),
                "outstanding", money(e.getValue()))).toList());
        out.put("years", r.years().stream().map(y -> {
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("year", y.year());
            year.put("requested", y.requested());
            year.put("approved", y.approved());
            year.put("rejected", y.rejected());
            year.put("disbursed", money(y.disbursed()));
            year.put("repaid", money(y.repaid()));
            year.put("writtenOff", money(y.writtenOff()));
            return year;
        }).toList());
        return out;
    }

    static Map<String, Object> edition(RuleEdition e, java.util.Currency c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("validFrom", e.validFrom());
        out.put("invoiceShare", e.invoiceShare().toPlainString());
        out.put("activityCeiling", money(Money.of(e.activityCeiling(), c)));
        out.put("exposureBase", e.exposureBase());
        out.put("exposureShare", e.exposureShare().toPlainString());
        out.put("fund", money(Money.of(e.fund(), c)));
        out.put("minSeniorityMonths", e.minSeniorityMonths());
        out.put("delegateThreshold", money(Money.of(e.delegateThreshold(), c)));
        out.put("automatic", e.autoEnabled());
        out.put("automaticInvoiceShare", e.autoInvoiceShare().toPlainString());
        out.put("automaticActivities", e.autoActivityIds().stream().sorted().map(id -> Map.of("activityId", id))
                .toList());
        return out;
    }

    static Map<String, Object> money(Money m) {
        return AdvancesApi.money(m);
    }
}
