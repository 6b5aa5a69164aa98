package coop.essaim.treasuryadvances.ui;

import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.List;

/**
 * What waits: the requests to vote on and decide, the approved advances to disburse, the advances being repaid
 * (accounting applies the latest client payments to them from here).
 */
public class BoardPage extends AdvancesPage {

    private static final long serialVersionUID = 1L;

    public BoardPage(PageParameters parameters) {
        super(parameters);
        add(rows("requested", of(AdvanceStatus.REQUESTED)), rows("approved", of(AdvanceStatus.APPROVED)),
                rows("disbursed", of(AdvanceStatus.DISBURSED)));
        Form<Void> receipts = new Form<>("receiptsForm");
        receipts.add(new Button("apply") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                int n = advances().ledger().applyReceipts(user());
                info(getString("board.applied").replace("{0}", String.valueOf(n)));
            }
        });
        receipts.setVisible(user().can(TreasuryAdvancePermissions.DISBURSE));
        add(receipts);
    }

    private IModel<List<TreasuryAdvance>> of(AdvanceStatus status) {
        return LoadableDetachableModel.of(() -> advances().advances().all(user(), status));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("board.title");
    }
}
