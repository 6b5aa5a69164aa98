package ${package}.ui;

import coop.essaim.web.ui.LayoutPage;
import ${package}.api.NotePermissions;
import ${package}.internal.Note;
import ${package}.internal.Notes;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.validator.StringValidator;

import java.time.Clock;
import java.util.List;

/** The notes of the user's cooperative, and a form to add one for users who may. */
public class NotesPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    public NotesPage(PageParameters parameters) {
        super(parameters);
        IModel<List<Note>> notes = LoadableDetachableModel.of(() -> notes().list(user()));
        add(new Label("empty", new ResourceModel("notes.empty")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(notes.getObject().isEmpty());
            }
        });
        add(new ListView<>("notes", notes) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Note> item) {
                item.add(new Label("body", item.getModelObject().getBody()));
                item.add(new Label("author", item.getModelObject().getCreatedBy()));
            }
        });
        add(newNoteForm());
    }

    /** The notes service over this module's own store, which the core hands to the module's pages. */
    private Notes notes() {
        return new Notes(module().store().orElseThrow(), Clock.systemUTC());
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("notes.title");
    }

    private Form<Void> newNoteForm() {
        IModel<String> body = Model.of("");
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(NotePermissions.EDIT));
            }

            @Override
            protected void onSubmit() {
                notes().add(user(), body.getObject());
                body.setObject("");
                success(getString("notes.added"));
            }
        };
        form.add(new TextArea<>("body", body).setRequired(true).add(StringValidator.maximumLength(Note.MAX_LENGTH))
                .setLabel(new ResourceModel("notes.body")));
        return form;
    }
}
