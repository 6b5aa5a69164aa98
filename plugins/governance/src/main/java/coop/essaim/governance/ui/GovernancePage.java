package coop.essaim.governance.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.governance.api.Candidacy;
import coop.essaim.governance.api.Holding;
import coop.essaim.governance.api.ShareMovement;
import coop.essaim.governance.internal.Governance;
import coop.essaim.web.ui.Download;
import coop.essaim.web.ui.LayoutPage;
import coop.essaim.governance.api.MovementKind;
import coop.essaim.governance.internal.register.ShareCertificate;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** What the governance pages share: the module's services, the register's tables, refusals as feedback. */
abstract class GovernancePage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    GovernancePage(PageParameters parameters) {
        super(parameters);
    }

    final Governance governance() {
        return Governance.of(module());
    }

    final String money(Money m) {
        return m == null ? "—" : m.format(getLocale());
    }

    final String day(LocalDate d) {
        return d == null ? "—"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(d);
    }

    final ListView<Holding> holdings(String id, IModel<List<Holding>> holdings) {
        return new ListView<>(id, holdings) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Holding> item) {
                Holding h = item.getModelObject();
                item.add(new Label("name", h.name()), new Label("shares", h.shares()),
                        new Label("subscribed", money(h.subscribed())), new Label("paid", money(h.paid())),
                        new Label("due", money(h.due())), new Label("refundOwed", money(h.refundOwed())));
            }
        };
    }

    /** A row per line of the register; {@code names} gives each associate's name. */
    final ListView<ShareMovement> movements(String id, IModel<List<ShareMovement>> lines,
                                            IModel<Map<Long, String>> names) {
        return new ListView<>(id, lines) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ShareMovement> item) {
                ShareMovement m = item.getModelObject();
                long movementId = m.id();   // the download keeps the id, not the record: the page is stored
                String kind = getString("MovementKind." + m.kind().name())
                        + (m.correctsId() == null ? "" : " #" + m.correctsId())
                        + (m.corrected() ? " · " + getString("corrected") : "");
                item.add(new Label("id", m.id()), new Label("date", day(m.occurredOn())),
                        new Label("associate", names.getObject().getOrDefault(m.personId(), "#" + m.personId())),
                        new Label("kind", kind), new Label("shares", m.shares()),
                        new Label("amount", money(m.amount())), new Label("note", m.note()),
                        new ResourceLink<Void>("certificate", Download.pdf(() -> governance().certificates()
                                .pdf(user(), movementId), ShareCertificate.fileName(movementId)))
                                .setVisible(m.kind() == MovementKind.SUBSCRIPTION && !m.corrected()));
            }
        };
    }

    /** A row per candidacy: the candidate, the letter, the path, the stage and each step's dated decision. */
    final ListView<Candidacy> candidacies(String id, IModel<List<Candidacy>> list, IModel<Map<Long, String>> names) {
        return new ListView<>(id, list) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Candidacy> item) {
                Candidacy c = item.getModelObject();
                item.add(new Label("id", c.id()),
                        new Label("candidate", names.getObject().getOrDefault(c.personId(), "#" + c.personId())),
                        new Label("submittedOn", day(c.submittedOn())), new Label("letter", c.letter()),
                        new Label("path", getString(c.boardFirst() ? "path.boardFirst" : "path.assembly")),
                        new Label("stage", getString("CandidacyStage." + c.stage().name())),
                        new Label("board", decision(c.boardDecidedOn(), c.boardApproved(), c.boardReasons())),
                        new Label("assembly", decision(c.assemblyDecidedOn(), c.assemblyApproved(),
                                c.assemblyReasons())));
            }
        };
    }

    private String decision(LocalDate on, Boolean approved, String reasons) {
        return on == null ? "—" : day(on) + " · " + getString(Boolean.TRUE.equals(approved) ? "decision.approved"
                : "decision.refused") + " · " + reasons;
    }

    /** What a form does on submit: serializable, so the page that holds it can be stored between requests. */
    interface Action extends java.io.Serializable {
        void run();
    }

    /** A form that runs {@code action}, says "saved" and shows each refusal as feedback naming its field. */
    final org.apache.wicket.markup.html.form.Form<Void> submitting(String id, Action action) {
        return new org.apache.wicket.markup.html.form.Form<>(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    action.run();
                    info(getString("saved"));
                } catch (ValidationException e) {
                    refused(e);
                }
            }
        };
    }

    /** Each refusal as feedback, the field's name first. */
    final void refused(ValidationException e) {
        e.errors().forEach(f -> error(getString("field." + f.field(), null, f.field()) + " : " + f.message()));
    }

    static String text(String value) {
        return value == null ? "" : value.strip().replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
                .replace(',', '.');
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(text(value));
        } catch (RuntimeException e) {
            return null;   // refused naming the date's field
        }
    }

    static int integer(String value) {
        try {
            return Integer.parseInt(text(value));
        } catch (NumberFormatException e) {
            return 0;   // refused naming the field
        }
    }

    static Money amount(String value, java.util.Currency currency) {
        try {
            return Money.parse(text(value), currency);
        } catch (RuntimeException e) {
            return null;   // refused naming the field
        }
    }
}
