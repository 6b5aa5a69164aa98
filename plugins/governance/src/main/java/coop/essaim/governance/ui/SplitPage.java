package coop.essaim.governance.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.governance.api.ParticipantBase;
import coop.essaim.governance.api.ParticipationKey;
import coop.essaim.governance.api.ProfitSplit;
import coop.essaim.governance.api.ProposedBases;
import coop.essaim.governance.api.SplitScheme;
import coop.essaim.governance.api.SplitShare;
import org.apache.wicket.markup.html.basic.Label;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The year-end profit split: the schemes and the form of a new one, each year's split with its parts and what each
 * person receives, and the forms of a draft (the employees one per line, "person number; base"), of its proposal to
 * the assembly, of the assembly's adoption and of the posting.
 */
public class SplitPage extends GovernancePage {

    private static final long serialVersionUID = 1L;

    private final IModel<String> name = Model.of("");
    private final IModel<String> validFrom = Model.of(LocalDate.now().toString());
    private final IModel<String> reserves = Model.of("65");
    private final IModel<String> participation = Model.of("25");
    private final IModel<String> dividends = Model.of("10");
    private final IModel<String> other = Model.of("0");
    private final IModel<String> year = Model.of(String.valueOf(LocalDate.now().getYear() - 1));
    private final IModel<ParticipationKey> key = Model.of(ParticipationKey.SALARY);
    private final IModel<String> participants = Model.of("");
    /** Where the participants in the text area came from, once proposed from payroll (or why they were not). */
    private final IModel<String> basesSource = Model.of("");
    private final IModel<String> adoptedOn = Model.of(LocalDate.now().toString());
    private final IModel<String> resolutionRef = Model.of("");

    public SplitPage(PageParameters parameters) {
        super(parameters);
        add(new ListView<>("schemes", LoadableDetachableModel.of(() -> governance().splits().schemes(user()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SplitScheme> item) {
                SplitScheme s = item.getModelObject();
                item.add(new Label("name", s.name()), new Label("validFrom", day(s.validFrom())),
                        new Label("reserves", percent(s.reserves())),
                        new Label("participation", percent(s.participation())),
                        new Label("dividends", percent(s.dividends())), new Label("other", percent(s.other())));
            }
        });
        add(new ListView<>("splits", LoadableDetachableModel.of(() -> governance().splits().splits(user()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ProfitSplit> item) {
                ProfitSplit p = item.getModelObject();
                item.add(new Label("fiscalYear", String.valueOf(p.fiscalYear())),
                        new Label("status", getString("SplitStatus." + p.status().name())),
                        new Label("scheme", p.schemeName()),
                        new Label("key", getString("ParticipationKey." + p.key().name())),
                        new Label("result", money(p.result())), new Label("reserves", money(p.reserves())),
                        new Label("legalReserve", money(p.legalReserve())),
                        new Label("participation", money(p.participation())),
                        new Label("dividends", money(p.dividends())), new Label("other", money(p.other())),
                        new Label("adopted", p.adoptedOn() == null ? "—" : day(p.adoptedOn())
                                + (p.resolutionRef() == null ? "" : " · " + p.resolutionRef())),
                        new Label("entry", p.entryId() == null ? "—" : "#" + p.entryId()),
                        shares("shares", item.getModel().map(ProfitSplit::shares)));
            }
        });
        add(submitting("schemeForm", () -> governance().splits().addScheme(user(), new SplitScheme(null, name.getObject(),
                date(validFrom.getObject()), decimal(reserves.getObject()), decimal(participation.getObject()),
                decimal(dividends.getObject()), decimal(other.getObject())))).add(new TextField<>("name", name),
                new TextField<>("validFrom", validFrom), new TextField<>("reserves", reserves),
                new TextField<>("participation", participation), new TextField<>("dividends", dividends),
                new TextField<>("other", other)));
        add(new org.apache.wicket.markup.html.form.Form<Void>("basesForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    proposeBases();
                } catch (ValidationException e) {
                    refused(e);
                }
            }
        }.add(new TextField<>("fiscalYear", year), new DropDownChoice<>("key", key,
                Arrays.asList(ParticipationKey.values()), new EnumChoiceRenderer<>(this))));
        add(new Label("basesSource", basesSource) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!basesSource.getObject().isEmpty());
            }
        });
        add(submitting("draftForm", () -> governance().splits().draft(user(), integer(year.getObject()), null,
                key.getObject(), bases(participants.getObject()))).add(new TextField<>("fiscalYear", year),
                new DropDownChoice<>("key", key, Arrays.asList(ParticipationKey.values()),
                        new EnumChoiceRenderer<>(this)), new TextArea<>("participants", participants)));
        add(submitting("proposeForm", () -> governance().splits().propose(user(), integer(year.getObject())))
                .add(new TextField<>("fiscalYear", year)));
        add(submitting("adoptForm", () -> governance().splits().adopt(user(), integer(year.getObject()),
                date(adoptedOn.getObject()), resolutionRef.getObject())).add(new TextField<>("fiscalYear", year),
                new TextField<>("adoptedOn", adoptedOn), new TextField<>("resolutionRef", resolutionRef)));
        add(submitting("postForm", () -> governance().splits().post(user(), integer(year.getObject()), null))
                .add(new TextField<>("fiscalYear", year)));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("split.title");
    }

    private ListView<SplitShare> shares(String id, IModel<List<SplitShare>> list) {
        return new ListView<>(id, list) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SplitShare> item) {
                SplitShare s = item.getModelObject();
                item.add(new Label("name", s.name()), new Label("kind", getString("SplitShare." + s.kind().name())),
                        new Label("base", s.base().stripTrailingZeros().toPlainString()),
                        new Label("amount", money(s.amount())));
            }
        };
    }

    /**
     * Fills the employees' lines from payroll's validated payslips of the year ("person; base; name", the name for
     * the reader only) and says where they came from; without payroll the lines typed so far stay.
     */
    private void proposeBases() {
        ProposedBases p = governance().participantProposals().propose(user(), integer(year.getObject()),
                key.getObject());
        if (p.source() != ProposedBases.Source.PAYROLL) {
            basesSource.setObject(getString("split.bases." + p.source().name()));
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (ProposedBases.Participant b : p.participants()) {
            lines.append(b.personId()).append("; ").append(b.base().toPlainString()).append("; ")
                    .append(b.name().replace(';', ',')).append('\n');
        }
        participants.setObject(lines.toString());
        basesSource.setObject(new org.apache.wicket.model.StringResourceModel("split.bases.PAYROLL", this)
                .setParameters(p.payslips(), p.participants().size(), day(p.from()), day(p.to()),
                        getString("ParticipationKey." + p.key().name())).getString());
    }

    private static String percent(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString() + " %";
    }

    /** Unreadable: null, which the service refuses naming the field. */
    private static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(text(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One employee a line: their person number, then their base (ignored when the participation is equal). */
    private List<ParticipantBase> bases(String lines) {
        List<ParticipantBase> out = new ArrayList<>();
        if (lines == null) {
            return out;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[;\\t]");
            long person;
            try {
                person = Long.parseLong(text(parts[0]));
            } catch (NumberFormatException e) {
                throw new ValidationException("participants", getString("split.participantsLine") + " " + line);
            }
            out.add(new ParticipantBase(person, parts.length > 1 ? decimal(parts[1]) : BigDecimal.ONE));
        }
        return out;
    }
}
