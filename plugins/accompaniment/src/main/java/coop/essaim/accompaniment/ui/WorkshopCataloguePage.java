package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopDraft;
import coop.essaim.accompaniment.api.WorkshopKind;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.api.WorkshopSessionDraft;
import coop.essaim.api.problem.ValidationException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.CheckBoxMultipleChoice;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.util.ListModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The team's workshop page: the catalogue (workshops and monthly meetings) with its form, the form that plans a
 * session, and the sessions of the coming six months with their seats and waiting lists.
 */
public class WorkshopCataloguePage extends AccompanimentPage {

    private static final long serialVersionUID = 1L;

    private final IModel<WorkshopKind> kind = Model.of(WorkshopKind.WORKSHOP);
    private final IModel<String> title = Model.of("");
    private final IModel<String> description = Model.of("");
    private final IModel<Stage> audience = Model.of();
    private final IModel<String> duration = Model.of("180");
    private final IModel<String> capacity = Model.of("12");
    private final IModel<Boolean> online = Model.of(false);
    private final IModel<Choice> site = Model.of();
    private final IModel<List<Choice>> trainers = new ListModel<>(new ArrayList<>());
    private final IModel<Boolean> active = Model.of(true);
    private final Long editedId;
    private final IModel<Choice> sessionOf = Model.of();
    private final IModel<String> date = Model.of(LocalDate.now().plusDays(14).toString());
    private final IModel<String> time = Model.of("09:30");
    private final IModel<String> agenda = Model.of("");

    public WorkshopCataloguePage(PageParameters parameters) {
        super(parameters);
        Long asked = parameters.get("id").toOptionalLong();
        Workshop edited = asked == null ? null : accompaniment().workshops().find(user(), asked).orElse(null);
        this.editedId = edited == null ? null : edited.id();
        IModel<List<Workshop>> catalogue = LoadableDetachableModel.of(() -> accompaniment().workshops()
                .catalogue(user(), true));
        List<Choice> sites = sites();
        if (edited != null) {
            fill(edited, sites);
        }
        add(new ListView<>("workshops", catalogue) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Workshop> item) {
                Workshop w = item.getModelObject();
                item.add(new Label("title", w.title()), new Label("kind", getString("WorkshopKind." + w.kind())),
                        new Label("audience", audienceLabel(w.audience())), new Label("duration",
                                w.durationMinutes()), new Label("capacity", w.capacity()),
                        new Label("place", place(w.online(), w.establishmentId(), sites)),
                        new Label("trainers", trainerNames(w.trainerUserIds())),
                        new Label("active", getString(w.active() ? "workshop.active" : "workshop.inactive")),
                        new BookmarkablePageLink<Void>("edit", WorkshopCataloguePage.class,
                                new PageParameters().set("id", w.id())));
            }
        });
        add(workshopForm(sites));
        add(sessionForm(catalogue));
        IModel<List<WorkshopSession>> coming = LoadableDetachableModel.of(() -> accompaniment().workshops()
                .sessions(user(), LocalDate.now(), LocalDate.now().plusMonths(6), null));
        add(new Label("noSession", getString("workshop.noSession")).setVisible(coming.getObject().isEmpty()));
        add(new ListView<>("sessions", coming) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<WorkshopSession> item) {
                WorkshopSession s = item.getModelObject();
                BookmarkablePageLink<Void> open = new BookmarkablePageLink<>("open", WorkshopSessionPage.class,
                        new PageParameters().set("id", s.id()));
                open.add(new Label("title", s.title()));
                item.add(new Label("when", when(s.start())), open,
                        new Label("place", place(s.online(), s.establishmentId(), sites)),
                        new Label("seats", s.confirmed() + " / " + s.capacity()), new Label("waiting", s.waiting()));
            }
        });
    }

    private Form<Void> workshopForm(List<Choice> sites) {
        Form<Void> form = new Form<>("workshopForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                createWorkshop();
            }
        };
        ChoiceRenderer<Choice> byName = new ChoiceRenderer<>("name", "id");
        form.add(new DropDownChoice<>("kind", kind, Arrays.asList(WorkshopKind.values()),
                        new EnumChoiceRenderer<>(this)).setNullValid(false),
                new TextField<>("title", title), new TextArea<>("description", description),
                new DropDownChoice<>("audience", audience, stages(), new ChoiceRenderer<>("name", "code"))
                        .setNullValid(true),
                new TextField<>("duration", duration), new TextField<>("capacity", capacity),
                new CheckBox("online", online), new DropDownChoice<>("site", site, sites, byName).setNullValid(true),
                new CheckBoxMultipleChoice<>("trainers", trainers, trainerChoices(), byName),
                new CheckBox("active", active));
        form.add(new Label("legend", getString(editedId == null ? "workshop.new" : "workshop.edit")));
        return form;
    }

    private Form<Void> sessionForm(IModel<List<Workshop>> catalogue) {
        Form<Void> form = new Form<>("sessionForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                planSession();
            }
        };
        form.add(new DropDownChoice<>("workshop", sessionOf, LoadableDetachableModel.of(() -> catalogue.getObject()
                        .stream().filter(Workshop::active).map(w -> new Choice(w.id(), w.title())).toList()),
                        new ChoiceRenderer<>("name", "id")),
                new TextField<>("date", date), new TextField<>("time", time), new TextArea<>("agenda", agenda));
        return form;
    }

    private void createWorkshop() {
        WorkshopDraft draft = new WorkshopDraft(kind.getObject(), title.getObject(), description.getObject(),
                audience.getObject() == null ? null : audience.getObject().code(), number(duration),
                number(capacity), Boolean.TRUE.equals(online.getObject()),
                site.getObject() == null ? null : site.getObject().id(),
                trainers.getObject().stream().map(Choice::id).toList(), Boolean.TRUE.equals(active.getObject()));
        try {
            if (editedId == null) {
                accompaniment().workshops().create(user(), draft);
            } else {
                accompaniment().workshops().update(user(), editedId, draft);
            }
            getSession().info(getString("workshop.saved"));
            setResponsePage(WorkshopCataloguePage.class);
        } catch (ValidationException e) {
            refused(e);
        }
    }

    private void fill(Workshop w, List<Choice> sites) {
        kind.setObject(w.kind());
        title.setObject(w.title());
        description.setObject(w.description());
        audience.setObject(stages().stream().filter(st -> st.code().equals(w.audience())).findFirst().orElse(null));
        duration.setObject(String.valueOf(w.durationMinutes()));
        capacity.setObject(String.valueOf(w.capacity()));
        online.setObject(w.online());
        site.setObject(sites.stream().filter(c -> w.establishmentId() != null && c.id() == w.establishmentId())
                .findFirst().orElse(null));
        trainers.getObject().addAll(trainerChoices().stream().filter(c -> w.trainerUserIds().contains(c.id()))
                .toList());
        active.setObject(w.active());
    }

    private void planSession() {
        if (sessionOf.getObject() == null) {
            error(getString("field.workshopId") + " : " + getString("error.choose"));
            return;
        }
        try {
            WorkshopSession planned = accompaniment().workshops().plan(user(), new WorkshopSessionDraft(
                    sessionOf.getObject().id(), dateTime(date, time), null, null, null, null, agenda.getObject()));
            getSession().info(getString("workshop.sessionPlanned"));
            setResponsePage(WorkshopSessionPage.class, new PageParameters().set("id", planned.id()));
        } catch (ValidationException e) {
            refused(e);
        } catch (DateTimeException e) {
            error(getString("error.dateTime"));
        }
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("workshop.catalogue.title");
    }
}
