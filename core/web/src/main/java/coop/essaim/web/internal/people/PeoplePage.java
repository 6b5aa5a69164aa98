package coop.essaim.web.internal.people;

import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.ResultPage;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.imports.ImportPage;
import coop.essaim.web.internal.security.PageAccess;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.CompoundPropertyModel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The people list: filters and search in the address, a page of {@link #PAGE_SIZE} people at a time, each
 * row leading to the person, and the CSV export of every page of the filtered list. An entrepreneur's list
 * holds their own file only (the kernel decides it).
 */
public class PeoplePage extends CorePage {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    private final PeopleFilter filter;
    private final int page;

    public PeoplePage(PageParameters parameters) {
        super(parameters);
        filter = PeopleFilter.of(parameters);
        page = Math.max(0, parameters.get("page").toInt(1) - 1);
        IModel<PathModel> model = LoadableDetachableModel.of(() -> Services.people().pathModel(user()));
        IModel<Map<Long, String>> sites = LoadableDetachableModel.of(() -> Services.people().establishments(user())
                .stream().collect(Collectors.toMap(Establishment::id, Establishment::name, (a, b) -> a,
                        java.util.LinkedHashMap::new)));
        IModel<Map<Long, String>> referents = LoadableDetachableModel.of(() -> Referents.candidates(user()));
        IModel<ResultPage<Person>> result = LoadableDetachableModel.of(() ->
                Services.people().list(user(), filter.query(page * PAGE_SIZE, PAGE_SIZE)));

        add(filters(model, sites, referents));
        add(new BookmarkablePageLink<Void>("newPerson", NewPersonPage.class)
                .setVisible(PageAccess.mayOpen(user(), NewPersonPage.class, null)));
        add(new BookmarkablePageLink<Void>("import", ImportPage.class)
                .setVisible(PageAccess.mayOpen(user(), ImportPage.class, null)));
        add(new ExternalLink("export", LoadableDetachableModel.of(() ->
                urlFor(PeopleCsvResource.REFERENCE, filter.parameters()).toString())));
        add(new Label("total", new StringResourceModel("people.total", this)
                .setParameters(result.map(ResultPage::total))));
        add(new ListView<>("people", result.map(ResultPage::items)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Person> item) {
                Person p = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", PersonPage.class,
                        new PageParameters().set("id", p.id()));
                link.add(new Label("name", p.displayName()));
                item.add(link);
                item.add(new Label("status", statusLabel(model.getObject(), p.statusCode())));
                item.add(new Label("since", date(p.statusSince())));
                item.add(new Label("site", sites.getObject().getOrDefault(p.details().establishmentId(), "—")));
                item.add(new Label("referent", Referents.name(referents.getObject(), p.referentUserId())));
                item.add(DeadlineBadge.of("deadline", p.deadline(), PeoplePage.this));
            }
        });
        add(new Label("empty", getString("people.empty")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(result.getObject().items().isEmpty());
            }
        });
        add(pagerLink("previous", page - 1, result));
        add(pagerLink("next", page + 1, result));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("people.title");
    }

    private Form<PeopleFilter> filters(IModel<PathModel> model, IModel<Map<Long, String>> sites,
                                       IModel<Map<Long, String>> referents) {
        Form<PeopleFilter> form = new Form<>("filters", new CompoundPropertyModel<>(filter)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                setResponsePage(PeoplePage.class, getModelObject().parameters());
            }
        };
        form.add(new DropDownChoice<>("status", model.map(m -> m.statuses().stream()
                .map(PathStatusDefinition::code).toList()), new ChoiceRenderer<String>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        return statusLabel(model.getObject(), code);
                    }
                }).setNullValid(true));
        form.add(choice("site", sites));
        form.add(choice("referent", referents));
        form.add(new DropDownChoice<>("deadline", List.of(DeadlineFlag.DUE_WITHIN_90_DAYS, DeadlineFlag.OVERDUE),
                new ChoiceRenderer<DeadlineFlag>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(DeadlineFlag flag) {
                        return deadlineLabel(flag);
                    }
                }).setNullValid(true));
        form.add(new DropDownChoice<>("kind", Arrays.asList(PersonKind.values()), new ChoiceRenderer<PersonKind>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(PersonKind kind) {
                return peopleText("people.kind." + kind.name());
            }
        }).setNullValid(true));
        form.add(new TextField<String>("trade"));
        form.add(new TextField<String>("search"));
        return form;
    }

    static DropDownChoice<Long> choice(String id, IModel<Map<Long, String>> names) {
        DropDownChoice<Long> choice = new DropDownChoice<>(id, names.map(m -> List.copyOf(m.keySet())),
                new ChoiceRenderer<Long>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(Long key) {
                        return names.getObject().get(key);
                    }

                    @Override
                    public String getIdValue(Long key, int index) {
                        return key.toString();
                    }
                });
        choice.setNullValid(true);
        return choice;
    }

    private BookmarkablePageLink<Void> pagerLink(String id, int target, IModel<ResultPage<Person>> result) {
        PageParameters p = filter.parameters();
        if (target > 0) {
            p.set("page", target + 1);
        }
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>(id, PeoplePage.class, p) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                long total = result.getObject().total();
                setVisible(target >= 0 && (long) target * PAGE_SIZE < total);
            }
        };
        link.add(AttributeModifier.replace("rel", id.equals("next") ? "next" : "prev"));
        return link;
    }
}
