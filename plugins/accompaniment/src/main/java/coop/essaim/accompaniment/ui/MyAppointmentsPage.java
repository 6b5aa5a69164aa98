package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.api.people.Establishment;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The appointments of the person linked to the user's login, latest first, with what was shared with them: the
 * shared notes and next steps. The private notes are not even read: the service never gives them to the person.
 */
public class MyAppointmentsPage extends AccompanimentPage {

    private static final long serialVersionUID = 1L;

    public MyAppointmentsPage(PageParameters parameters) {
        super(parameters);
        IModel<List<Appointment>> own = LoadableDetachableModel.of(() -> {
            List<Appointment> latestFirst = new ArrayList<>(accompaniment().appointments().own(user()));
            Collections.reverse(latestFirst);
            return latestFirst;
        });
        IModel<List<Establishment>> sites = LoadableDetachableModel.of(() -> people().establishments(user()));
        add(new Label("none", getString("mine.none")).setVisible(own.getObject().isEmpty()));
        add(new ListView<>("appointments", own) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Appointment> item) {
                Appointment a = item.getModelObject();
                item.add(new Label("when", when(a.start())), new Label("duration", a.durationMinutes()),
                        new Label("mode", mode(a)), new Label("site", site(a, sites.getObject())),
                        new Label("topics", String.join(", ", a.topics())),
                        new Label("shared", a.sharedNotes()), new Label("nextSteps", a.nextSteps()),
                        new Label("attendance", attendance(a)));
            }
        });
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("mine.title");
    }
}
