package coop.essaim.governance.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.College;
import coop.essaim.governance.internal.assembly.Colleges;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The colleges of the general assembly body: the colleges with their weight and how many associates each holds,
 * the form that sets them all ("name; weight" one a line, totalling 100), and the form that places an associate in
 * one college. Another cooperative's id is a 404.
 */
public class CollegesPage extends BodyPageBase {

    private static final long serialVersionUID = 1L;

    private final long bodyId;
    private final IModel<Body> body;
    private final IModel<List<College>> colleges;
    private final IModel<Map<Long, String>> people;
    private final IModel<Map<Long, String>> collegeNames;
    private final IModel<String> lines = Model.of("");
    private final IModel<Long> person = Model.of((Long) null);
    private final IModel<Long> college = Model.of((Long) null);

    public CollegesPage(PageParameters parameters) {
        super(parameters);
        this.bodyId = parameters.get("id").toLong(-1);
        this.body = LoadableDetachableModel.of(() -> governance().bodies().all(user()).stream()
                .filter(b -> b.id() == bodyId).findFirst()
                .orElseThrow(() -> new AbortWithHttpErrorCodeException(404)));
        this.colleges = LoadableDetachableModel.of(() -> governance().colleges().colleges(user(), bodyId));
        this.people = LoadableDetachableModel.of(() -> governance().bodies().appointable(user()));
        this.collegeNames = LoadableDetachableModel.of(() -> {
            Map<Long, String> out = new LinkedHashMap<>();
            colleges.getObject().forEach(c -> out.put(c.id(), c.name()));
            return out;
        });
        body.getObject();
        lines.setObject(String.join("\n", colleges.getObject().stream().map(c -> c.name() + "; " + c.weight())
                .toList()));
        add(new BookmarkablePageLink<Void>("back", BodyPage.class, of(bodyId)));
        add(new Label("heading", LoadableDetachableModel.of(() -> body.getObject().name())));
        add(new ListView<>("colleges", colleges) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<College> row) {
                College c = row.getModelObject();
                long count = governance().colleges().members(user(), bodyId).values().stream()
                        .filter(id -> id == c.id()).count();
                row.add(new Label("name", c.name()), new Label("weight", c.weight() + " %"),
                        new Label("members", count));
            }
        });
        add(new ListView<>("placed", LoadableDetachableModel.of(() -> new ArrayList<>(governance().colleges()
                .members(user(), bodyId).entrySet()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Map.Entry<Long, Long>> row) {
                row.add(new Label("name", people.getObject().getOrDefault(row.getModelObject().getKey(),
                        "#" + row.getModelObject().getKey())), new Label("college", collegeNames.getObject()
                        .getOrDefault(row.getModelObject().getValue(), "")));
            }
        });
        add(submitting("defineForm", this::define).add(new TextArea<>("colleges", lines)));
        add(submitting("assignForm", this::assign).add(
                new DropDownChoice<>("personId", person, () -> List.copyOf(people.getObject().keySet()),
                        byName(people)),
                new DropDownChoice<>("collegeId", college, () -> List.copyOf(collegeNames.getObject().keySet()),
                        byName(collegeNames))));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("colleges.title");
    }

    @Override
    protected void onDetach() {
        body.detach();
        colleges.detach();
        people.detach();
        collegeNames.detach();
        super.onDetach();
    }

    /** One college a line, "name; weight"; a weight that is no whole number is refused naming its line. */
    private void define() {
        List<Colleges.Draft> drafts = new ArrayList<>();
        String text = lines.getObject() == null ? "" : lines.getObject();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 2);
            Integer weight;
            try {
                weight = parts.length < 2 ? null : Integer.valueOf(text(parts[1]).replace("%", ""));
            } catch (NumberFormatException e) {
                weight = null;
            }
            drafts.add(new Colleges.Draft(parts[0], weight));
        }
        try {
            governance().colleges().define(user(), bodyId, drafts);
        } catch (ValidationException e) {
            // name the line as the person typed it: colleges[1].weight is line 2
            List<ValidationException.FieldError> named = e.errors().stream().map(f -> new ValidationException
                    .FieldError("colleges", f.field().startsWith("colleges[") ? getString("colleges.line")
                    .replace("{line}", String.valueOf(Integer.parseInt(f.field().replaceAll("\\D+", "")) + 1))
                    + " " + f.message() : f.message())).toList();
            throw new ValidationException(named);
        }
    }

    private void assign() {
        governance().colleges().assign(user(), bodyId, required(person.getObject(), "personId"),
                required(college.getObject(), "collegeId"));
        person.setObject(null);
    }
}
