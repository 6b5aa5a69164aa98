package coop.essaim.mutualtraining.ui;

import coop.essaim.mutualtraining.api.Session;
import coop.essaim.web.ui.Download;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * "Registre des formations" (the record keepers): the year's sessions and their attendance, the hours per member
 * with a link to each member's attendance certificate (PDF), and the yearly export (CSV).
 */
public class RecordsPage extends MutualTrainingPage {

    private static final long serialVersionUID = 1L;

    record MemberHours(long userId, String name, BigDecimal hours) implements Serializable {
    }

    private final int year;

    public RecordsPage(PageParameters parameters) {
        super(parameters);
        year = parameters.get("year").toInt(LocalDate.now().getYear());
        add(new Label("year", year));
        int shown = year;
        // read again on each render: the page is stored between requests, the sessions are not
        IModel<List<Session>> sessions = LoadableDetachableModel.of(() -> training().sessions().held(user(), shown));
        add(new ResourceLink<Void>("csv", Download.csv(() -> training().sessions().export(user(), shown),
                "formations-" + year + ".csv")));
        add(new ListView<>("sessions", sessions) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Session> item) {
                Session s = item.getModelObject();
                item.add(new Label("heldOn", s.heldOn().toString()), new Label("title", s.title()),
                        new Label("trainer", s.trainerName()), new Label("hours", s.hours().toPlainString()),
                        new Label("site", s.site()), new Label("attendees", s.attendees().stream()
                                .map(a -> a.memberName() + " (" + getString(a.present() ? "records.present"
                                        : "records.absent") + ")").collect(Collectors.joining(", "))));
            }
        });
        add(new ListView<>("members", sessions.map(RecordsPage::perMember)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<MemberHours> item) {
                MemberHours h = item.getModelObject();
                long member = h.userId();
                // made when it is downloaded: building every member's PDF while the page rendered took minutes
                item.add(new Label("member", h.name()), new Label("hours", h.hours().toPlainString()),
                        new ResourceLink<Void>("certificate", Download.pdf(() -> training().certificates()
                                .pdf(user(), member, shown), "attestation-" + member + "-" + shown + ".pdf")));
            }
        });
    }

    /** The hours each member was present, by name. */
    private static List<MemberHours> perMember(List<Session> sessions) {
        Map<String, MemberHours> totals = new TreeMap<>();
        for (Session s : sessions) {
            for (Session.Attendee a : s.attendees()) {
                if (a.present()) {
                    totals.merge(a.memberName() + "#" + a.memberUserId(),
                            new MemberHours(a.memberUserId(), a.memberName(), s.hours()),
                            (x, y) -> new MemberHours(x.userId(), x.name(), x.hours().add(y.hours())));
                }
            }
        }
        return List.copyOf(totals.values());
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("records.title");
    }
}
