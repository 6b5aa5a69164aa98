package coop.essaim.mutualtraining.internal.request;

import coop.essaim.mutualtraining.api.CriterionResult;
import coop.essaim.mutualtraining.internal.Messages;
import coop.essaim.mutualtraining.internal.criteria.Criteria;

import java.util.ArrayList;
import java.util.List;

/**
 * A request scored against one edition of the criteria: points for the start phase, for an internal training, for
 * a stated link to the activity; the yearly cap per person is met or not (no points: the committee reads it). Pure,
 * so that the same facts and criteria always give the same score.
 */
public final class Scoring {

    /** What scoring reads of a request: the member's path status, what they already have approved this year. */
    public record Facts(String pathStatus, boolean internal, String purpose, long cost, long approvedThisYear) {
    }

    private Scoring() {
    }

    public static List<CriterionResult> score(Criteria c, Facts f, Messages m) {
        boolean start = f.pathStatus() != null && c.startPhaseStatuses().contains(f.pathStatus());
        boolean linked = f.purpose() != null && !f.purpose().isBlank();
        boolean within = c.yearlyCap() == 0 || f.approvedThisYear() + f.cost() <= c.yearlyCap();
        return List.of(result(c, "START_PHASE", start, m), result(c, "INTERNAL", f.internal(), m),
                result(c, "ACTIVITY", linked, m), result(c, "YEARLY_CAP", within, m));
    }

    /** One criterion's result, its sentence in the reader's language. */
    static CriterionResult result(Criteria c, String code, boolean met, Messages m) {
        return switch (code) {
            case "START_PHASE" -> new CriterionResult(code, met, met ? c.startPhasePoints() : 0,
                    m.text(met ? "criterion.startPhase.met" : "criterion.startPhase.unmet",
                            String.join(", ", c.startPhaseStatuses()), c.startPhasePoints()));
            case "INTERNAL" -> new CriterionResult(code, met, met ? c.internalPoints() : 0,
                    m.text(met ? "criterion.internal.met" : "criterion.internal.unmet", c.internalPoints()));
            case "ACTIVITY" -> new CriterionResult(code, met, met ? c.activityPoints() : 0,
                    m.text(met ? "criterion.activity.met" : "criterion.activity.unmet", c.activityPoints()));
            default -> new CriterionResult(code, met, 0, c.yearlyCap() == 0 ? m.text("criterion.yearlyCap.none")
                    : m.text(met ? "criterion.yearlyCap.met" : "criterion.yearlyCap.unmet"));
        };
    }

    /** The stored results read back against the edition that scored them; their points are the stored ones. */
    static List<CriterionResult> decode(Criteria c, String encoded, Messages m) {
        List<CriterionResult> out = new ArrayList<>();
        for (String part : encoded.split(";")) {
            String[] x = part.split(":");
            if (x.length == 3) {
                CriterionResult r = result(c, x[0], "1".equals(x[1]), m);
                out.add(new CriterionResult(r.code(), r.met(), Integer.parseInt(x[2]), r.explanation()));
            }
        }
        return out;
    }

    public static int total(List<CriterionResult> results) {
        return results.stream().mapToInt(CriterionResult::points).sum();
    }

    static String encode(List<CriterionResult> results) {
        return String.join(";", results.stream().map(r -> r.code() + ":" + (r.met() ? 1 : 0) + ":" + r.points())
                .toList());
    }
}
