package coop.essaim.treasuryadvances.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.RepaymentMode;
import coop.essaim.treasuryadvances.api.RuleCheck;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;
import coop.essaim.treasuryadvances.api.Vote;
import coop.essaim.treasuryadvances.api.VoteChoice;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One advance, for whoever may read it: where it stands and the board's reasons; for a request, each rule on
 * today's figures. The board's members see and cast the votes and record the decision; accounting disburses and
 * records repayments; the board writes off. Each form shows only to those the service would let act.
 */
public class AdvancePage extends AdvancesPage {

    private static final long serialVersionUID = 1L;

    private final long advanceId;
    private final IModel<TreasuryAdvance> advance;
    private final IModel<VoteChoice> choice = Model.of(VoteChoice.FOR);
    private final IModel<String> comment = Model.of("");
    private final IModel<String> reasons = Model.of("");
    private final IModel<String> share = Model.of("");
    private final IModel<String> repayment = Model.of("");
    private final IModel<String> writeOffReasons = Model.of("");

    public AdvancePage(PageParameters parameters) {
        super(parameters);
        this.advanceId = parameters.get("id").toLong(0);
        if (advances().advances().find(user(), advanceId).isEmpty()) {
            throw new RestartResponseException(MyAdvancesPage.class);
        }
        this.advance = LoadableDetachableModel.of(() -> advances().advances().find(user(), advanceId).orElseThrow());
        TreasuryAdvance a = advance.getObject();
        share.setObject(a.receiptShare().stripTrailingZeros().toPlainString());
        add(new Label("reference", "AV-" + a.id()), new Label("activity", activityName(a.activityId())),
                new Label("kind", () -> getString("AdvanceKind." + advance.getObject().kind().name())),
                new Label("amount", () -> money(advance.getObject().amount())),
                new Label("reason", a.reason()), new Label("invoices", String.join(", ", a.invoiceReferences())),
                new Label("repayment", this::repaymentText), new Label("dueOn", day(a.dueOn())),
                new Label("status", () -> status(advance.getObject())),
                new Label("repaid", () -> money(advance.getObject().repaid())),
                new Label("writtenOff", () -> money(advance.getObject().writtenOff())),
                new Label("balance", () -> money(advance.getObject().balance())),
                new Label("reasons", () -> advance.getObject().decisionReasons()),
                new Label("decidedBy", () -> advance.getObject().decidedBy()));
        IModel<List<RuleCheck>> checks = LoadableDetachableModel.of(() -> pending()
                ? advances().advances().checks(user(), advance.getObject().activityId(), advance.getObject().kind(),
                advance.getObject().amount(), null) : List.of());
        WebMarkupContainer rules = new WebMarkupContainer("rules") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(pending());
            }
        };
        rules.add(checks("checks", checks));
        add(rules);
        add(votes(), voteForm(), decisionForm(), disburseForm(), repayForm(), writeOffForm());
    }

    private String repaymentText() {
        TreasuryAdvance a = advance.getObject();
        if (a.repayment() == RepaymentMode.RECEIPTS) {
            return getString("repayment.receipts").replace("{0}", a.receiptShare().stripTrailingZeros()
                    .toPlainString());
        }
        return a.schedule().stream().map(i -> day(i.dueOn()) + " " + money(i.amount()))
                .collect(Collectors.joining(" · "));
    }

    private boolean pending() {
        return advance.getObject().status() == AdvanceStatus.REQUESTED;
    }

    private boolean in(AdvanceStatus s) {
        return advance.getObject().status() == s;
    }

    private WebMarkupContainer votes() {
        boolean board = user().can(TreasuryAdvancePermissions.VOTE) || user().can(TreasuryAdvancePermissions.DECIDE);
        IModel<List<Vote>> cast = LoadableDetachableModel.of(() -> board
                ? advances().approvals().votes(user(), advanceId) : List.of());
        WebMarkupContainer box = new WebMarkupContainer("votes");
        box.add(new ListView<>("vote", cast) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Vote> item) {
                Vote v = item.getModelObject();
                item.add(new Label("voter", v.voterName()), new Label("choice", getString("VoteChoice."
                        + v.choice().name())), new Label("comment", v.comment()));
            }
        });
        box.setVisible(board);
        return box;
    }

    private Form<Void> voteForm() {
        Form<Void> form = visibleForm("voteForm", () -> user().can(TreasuryAdvancePermissions.VOTE) && pending());
        form.add(new DropDownChoice<>("choice", choice, Arrays.asList(VoteChoice.values()),
                new EnumChoiceRenderer<>(this)).setNullValid(false), new TextField<>("comment", comment));
        form.add(button("vote", () -> {
            advances().approvals().vote(user(), advanceId, choice.getObject(), comment.getObject());
            info(getString("advance.voted"));
        }));
        return form;
    }

    private Form<Void> decisionForm() {
        Form<Void> form = visibleForm("decisionForm", () -> pending()
                && (user().can(TreasuryAdvancePermissions.DECIDE)
                || user().can(TreasuryAdvancePermissions.DECIDE_DELEGATED)));
        form.add(new TextArea<>("reasons", reasons), new TextField<>("share", share));
        form.add(button("approve", () -> decide(true)), button("reject", () -> decide(false)));
        return form;
    }

    private void decide(boolean approve) {
        BigDecimal s;
        try {
            s = new BigDecimal(share.getObject() == null ? "" : share.getObject().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            s = BigDecimal.ZERO;   // refused by the service, naming receiptShare
        }
        advances().approvals().decide(user(), advanceId, approve, reasons.getObject(),
                advance.getObject().repayment() == RepaymentMode.RECEIPTS ? s : null);
        info(getString(approve ? "advance.approved" : "advance.rejected"));
    }

    private Form<Void> disburseForm() {
        Form<Void> form = visibleForm("disburseForm", () -> in(AdvanceStatus.APPROVED)
                && user().can(TreasuryAdvancePermissions.DISBURSE));
        form.add(button("disburse", () -> {
            advances().ledger().disburse(user(), advanceId);
            info(getString("advance.disbursed"));
        }));
        return form;
    }

    private Form<Void> repayForm() {
        Form<Void> form = visibleForm("repayForm", () -> in(AdvanceStatus.DISBURSED)
                && user().can(TreasuryAdvancePermissions.DISBURSE));
        form.add(new TextField<>("repayment", repayment));
        form.add(button("repay", () -> {
            Money m;
            try {
                m = Money.parse(repayment.getObject().strip().replace(',', '.'), advance.getObject().amount()
                        .currency());
            } catch (RuntimeException e) {
                m = null;   // refused by the service, naming amount
            }
            advances().ledger().repay(user(), advanceId, m);
            info(getString("advance.repaid"));
        }));
        return form;
    }

    private Form<Void> writeOffForm() {
        Form<Void> form = visibleForm("writeOffForm", () -> in(AdvanceStatus.DISBURSED)
                && user().can(TreasuryAdvancePermissions.DECIDE) && user().can(TreasuryAdvancePermissions.VOTE));
        form.add(new TextArea<>("writeOffReasons", writeOffReasons));
        form.add(button("writeOff", () -> {
            advances().ledger().writeOff(user(), advanceId, writeOffReasons.getObject());
            info(getString("advance.writtenOff"));
        }));
        return form;
    }

    private interface Shown extends java.io.Serializable {
        boolean shown();
    }

    private interface Action extends java.io.Serializable {
        void run();
    }

    private static Form<Void> visibleForm(String id, Shown shown) {
        return new Form<>(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(shown.shown());
            }
        };
    }

    private Button button(String id, Action action) {
        return new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    action.run();
                    advance.detach();
                } catch (ValidationException e) {
                    refused(e);
                } catch (AccessDeniedException e) {
                    error(getString("error.forbidden"));
                }
            }
        };
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("advance.title") + " AV-" + advanceId;
    }
}
