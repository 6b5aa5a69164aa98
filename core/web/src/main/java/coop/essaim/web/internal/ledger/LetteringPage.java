package coop.essaim.web.internal.ledger;

import coop.essaim.api.ledger.Letter;
import coop.essaim.api.ledger.LetterSuggestion;
import coop.essaim.api.ledger.OpenPosting;
import coop.essaim.api.ledger.OpenPostings;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.Services;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Check;
import org.apache.wicket.markup.html.form.CheckGroup;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.CompoundPropertyModel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Lettering (lettrage) for accountants: choose an account and perhaps a third party, tick the open postings that
 * settle each other and letter them (the kernel checks everything again), confirm a suggestion in one click, or
 * undo a match. The selection's debit, credit and difference are shown each time the form is sent.
 */
public class LetteringPage extends CorePage {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 200;

    private final LetteringView view;
    private final List<OpenPosting> selected = new ArrayList<>();

    public LetteringPage(PageParameters parameters) {
        super(parameters);
        view = LetteringView.of(parameters);
        add(filters());
        OpenPostings open = view.account == null ? null : read(() -> Services.lettering().open(user(),
                view.query(PAGE_SIZE)));
        WebMarkupContainer account = new WebMarkupContainer("accountPart");
        account.setVisible(open != null);
        add(account);
        account.add(new ExternalLink("export", urlFor(LetteringCsvResource.REFERENCE, view.parameters()).toString()));
        account.add(new Label("openCount", () -> open == null ? "" : text("lettering.open.count", open.count())));
        account.add(openForm(open));
        account.add(suggestions(open == null ? List.of() : Objects.requireNonNullElse(
                read(() -> Services.lettering().suggestions(user(), view.account)), List.of())));
        account.add(lettered(open == null ? List.of() : Objects.requireNonNullElse(
                read(() -> Services.lettering().lettered(user(), view.account, 0, 50)), List.of())));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("lettering.title");
    }

    private Form<LetteringView> filters() {
        Form<LetteringView> form = new Form<>("filters", new CompoundPropertyModel<>(view)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                setResponsePage(LetteringPage.class, getModelObject().parameters());
            }
        };
        DropDownChoice<String> account = new DropDownChoice<>("account", LetteringView.accounts(user()));
        account.setNullValid(false);
        form.add(account);
        form.add(new TextField<String>("thirdParty"));
        return form;
    }

    private Form<Void> openForm(OpenPostings open) {
        Form<Void> form = new Form<>("openForm");
        CheckGroup<OpenPosting> group = new CheckGroup<>("group", selected);
        form.add(group);
        group.add(new ListView<>("rows", open == null ? List.<OpenPosting>of() : open.postings()) {
            private static final long serialVersionUID = 1L;

            {
                setReuseItems(true);
            }

            @Override
            protected void populateItem(ListItem<OpenPosting> item) {
                OpenPosting p = item.getModelObject();
                item.add(new Check<>("pick", item.getModel()));
                item.add(new Label("date", date(p.date())));
                item.add(new Label("entry", p.entryReference()));
                item.add(new Label("piece", p.pieceReference()));
                item.add(new Label("label", p.label()));
                item.add(new Label("thirdParty", p.thirdParty()));
                item.add(new Label("debit", p.debit().isZero() ? "" : money(p.debit())));
                item.add(new Label("credit", p.credit().isZero() ? "" : money(p.credit())));
            }
        });
        form.add(new Label("empty", getString("lettering.open.empty")).setVisible(open != null
                && open.postings().isEmpty()));
        form.add(new Label("more", getString("lettering.open.more")).setVisible(open != null && open.more()));
        WebMarkupContainer totals = new WebMarkupContainer("selection") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(LetteringView.totals(selected) != null);
            }
        };
        form.add(totals);
        totals.add(new Label("selDebit", () -> total(0)));
        totals.add(new Label("selCredit", () -> total(1)));
        totals.add(new Label("selDifference", () -> total(2)));
        form.add(new Button("compute"));
        form.add(new Button("letter") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                letter(selected.stream().map(OpenPosting::postingId).toList());
            }
        });
        return form;
    }

    private String total(int which) {
        Money[] t = LetteringView.totals(selected);
        return t == null ? "" : money(t[which]);
    }

    private ListView<LetterSuggestion> suggestions(List<LetterSuggestion> found) {
        return new ListView<>("suggestions", found) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<LetterSuggestion> item) {
                LetterSuggestion s = item.getModelObject();
                item.add(new Label("why", text("lettering.suggestion." + s.reason().name(),
                        s.thirdParty(), s.pieceReference() == null ? "" : s.pieceReference())));
                item.add(new Label("postings", describe(s.postings())));
                List<Long> ids = s.postingIds();
                item.add(new Link<Void>("accept") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        letter(ids);
                    }
                });
            }
        };
    }

    private ListView<Letter> lettered(List<Letter> groups) {
        return new ListView<>("lettered", groups) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Letter> item) {
                Letter l = item.getModelObject();
                item.add(new Label("code", l.code()));
                item.add(new Label("on", date(l.letteredOn())));
                item.add(new Label("by", l.letteredBy()));
                item.add(new Label("postings", describe(l.postings())));
                String code = l.code();
                item.add(new Link<Void>("undo") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        try {
                            Services.lettering().unletter(user(), view.account, code);
                            getSession().info(text("lettering.unlettered", code));
                            setResponsePage(LetteringPage.class, view.parameters());
                        } catch (ValidationException e) {
                            e.errors().forEach(f -> error(f.message()));
                        }
                    }
                });
            }
        };
    }

    private void letter(List<Long> ids) {
        try {
            Letter done = Services.lettering().letter(user(), ids);
            getSession().info(text("lettering.done", done.code(),
                    done.postings().size()));
            setResponsePage(LetteringPage.class, view.parameters());
        } catch (ValidationException e) {
            e.errors().forEach(f -> error(f.message()));
        }
    }

    private String describe(Collection<OpenPosting> postings) {
        return String.join(" · ", postings.stream().map(p -> p.entryReference() + " " + money(p.balance())).toList());
    }

    private String text(String key, Object... args) {
        return new MessageFormat(getString(key), getLocale()).format(args);
    }

    private String money(Money m) {
        return m.format(getLocale());
    }

    /** A refusal about the filters (an unknown account) is shown, and the page shows no figure. */
    private <T> T read(Supplier<T> call) {
        try {
            return call.get();
        } catch (ValidationException e) {
            e.errors().forEach(f -> error(f.message()));
            return null;
        }
    }
}
