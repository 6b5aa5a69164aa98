package coop.essaim.treasuryadvances.internal;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEventListener;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/**
 * Repayment from the next receipts, as they come: when invoicing records a client payment
 * ({@code invoicing.payment.recorded}, published after its commit), the activity's advances repaid from receipts take
 * their share of it at once, as the user who recorded the payment (accounting). A user who may not disburse leaves
 * it to the next "apply the latest receipts"; either way each payment is taken once.
 */
public final class PaymentListener implements DomainEventListener {

    static final String PAYMENT_RECORDED = "invoicing.payment.recorded";
    private static final Logger LOG = LoggerFactory.getLogger(PaymentListener.class);

    private final ModuleContext module;

    public PaymentListener(ModuleContext module) {
        this.module = module;
    }

    @Override
    public Set<String> types() {
        return Set.of(PAYMENT_RECORDED);
    }

    @Override
    public void on(DomainEvent event) {
        if (event.actorUserId() == null || event.data().get("activityId") == null) {
            return;
        }
        UserContext actor = module.service(UserDirectory.class).contextOf(event.actorUserId());
        if (actor.cooperativeId() != event.cooperativeId() || !actor.can(TreasuryAdvancePermissions.DISBURSE)) {
            LOG.info("payment {} left for the next application of receipts: its author may not disburse",
                    event.data().get("paymentId"));
            return;
        }
        int n = TreasuryAdvances.of(module).ledger().applyReceipts(actor, Long.valueOf(event.data().get("activityId")));
        LOG.debug("payment {}: {} advance repayment(s)", event.data().get("paymentId"), n);
    }
}
