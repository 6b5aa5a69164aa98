package coop.essaim.governance.ui;

import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.Quorum;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.api.ResolutionState;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * What the assembly pages share: their translations ({@code AssemblyPageBase_fr/_en}), the quorum and a resolution's
 * result as a sentence. Figures only, one person one vote: shares play no part.
 */
abstract class AssemblyPageBase extends GovernancePage {

    private static final long serialVersionUID = 1L;

    AssemblyPageBase(PageParameters parameters) {
        super(parameters);
    }

    /** The parameters of one assembly's page. */
    static PageParameters of(long assemblyId) {
        return new PageParameters().set("id", assemblyId);
    }

    final String title(Assembly a) {
        return getString("AssemblyKind." + a.kind().name()) + " · " + day(a.heldOn());
    }

    final String quorum(Quorum q) {
        return getString("quorum.describe").replace("{present}", String.valueOf(q.present()))
                .replace("{represented}", String.valueOf(q.represented()))
                .replace("{called}", String.valueOf(q.called()))
                .replace("{percent}", String.valueOf(q.percentNeeded()))
                + " · " + getString(q.reached() ? "quorum.reached" : "quorum.notReached");
    }

    /** For, against, abstentions, and once closed whether it is adopted. */
    final String result(Resolution r) {
        String counts = getString("result.counts").replace("{for}", String.valueOf(r.votesFor()))
                .replace("{against}", String.valueOf(r.against()))
                .replace("{abstain}", String.valueOf(r.abstentions()));
        if (r.weighted()) {
            counts += " · " + colleges(r);
        }
        if (r.state() != ResolutionState.CLOSED) {
            return counts;
        }
        return counts + " · " + getString(r.adopted() ? "result.adopted" : "result.rejected");
    }

    /** Each college's counts with its weight, then the weighted share of votes for. */
    private String colleges(Resolution r) {
        String each = String.join(" ; ", r.colleges().stream().map(c -> getString("result.college")
                .replace("{name}", c.name()).replace("{weight}", String.valueOf(c.weight()))
                .replace("{for}", String.valueOf(c.votesFor())).replace("{against}", String.valueOf(c.against()))
                .replace("{abstain}", String.valueOf(c.abstentions()))).toList());
        java.math.BigDecimal share = r.weightedForPercent();
        return each + " · " + (share == null ? getString("result.weightedNone")
                : getString("result.weighted").replace("{percent}", share.toPlainString()));
    }

    /** When the convocation was last sent and to how many, or that it was not. */
    final String convened(long assemblyId) {
        return governance().convocations().last(user(), assemblyId).map(c -> getString("convocation.sent")
                .replace("{day}", day(c.sentAt().toLocalDate()))
                .replace("{count}", String.valueOf(c.recipients()))
                .replace("{without}", String.valueOf(c.withoutAddress())))
                .orElse(getString("convocation.notSent"));
    }

    final String terms(Resolution r) {
        return getString("Majority." + r.majority().name()) + (r.secret() ? " · " + getString("ballot.secret") : "");
    }
}
