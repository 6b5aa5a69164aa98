package coop.essaim.web.internal.people;

import coop.essaim.api.people.AdviserNote;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.form.FieldFeedback;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.ZoneOffset;
import java.util.List;

/**
 * The support staff's private notes on the person, oldest first, and a form to add one. Only built for a
 * user holding {@code core.people.notes}; the kernel refuses the notes to anyone else all the same.
 */
public class NotesPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    public NotesPanel(String id, long personId) {
        super(id);
        IModel<List<AdviserNote>> notes = LoadableDetachableModel.of(() -> Services.people().notes(user(), personId));
        add(new ListView<>("notes", notes) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<AdviserNote> item) {
                AdviserNote n = item.getModelObject();
                item.add(new Label("text", n.text()));
                item.add(new Label("writtenAt", corePage().date(n.writtenAt().atZone(ZoneOffset.UTC).toLocalDate())));
                item.add(new Label("writtenBy", n.writtenBy()));
            }
        });
        FieldFeedback fields = new FieldFeedback("notes.");
        IModel<String> text = Model.of();
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    Services.people().addNote(user(), personId, text.getObject());
                    getSession().success(getString("notes.added"));
                    setResponsePage(PersonPage.class, new PageParameters().set("id", personId));
                } catch (ValidationException e) {
                    fields.show(e, this);
                }
            }
        };
        fields.add(form, new TextArea<>("text", text).setRequired(true));
        add(form);
    }
}
