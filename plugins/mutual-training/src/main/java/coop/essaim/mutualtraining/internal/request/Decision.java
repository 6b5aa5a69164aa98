package coop.essaim.mutualtraining.internal.request;

/**
 * What the committee decides, with its reasons (always required: the member reads them). {@code overrideReason}:
 * only to approve beyond what remains in the budget (or in its share for external trainings), and says why.
 */
public record Decision(Choice choice, String reasons, String overrideReason) {

    public enum Choice {
        APPROVE, REFUSE, HOLD
    }
}
