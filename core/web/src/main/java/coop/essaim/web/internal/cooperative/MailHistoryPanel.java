package coop.essaim.web.internal.cooperative;

import coop.essaim.api.mail.AttachmentSummary;
import coop.essaim.api.mail.MailPermissions;
import coop.essaim.api.mail.MailStatus;
import coop.essaim.api.mail.SentMail;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cooperative's last {@value #SHOWN} sendings, newest first, with the server's reason for those that failed;
 * shown to holders of {@code core.mail.history} only. Times are in the server's time zone.
 */
class MailHistoryPanel extends CorePanel {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    MailHistoryPanel(String id) {
        super(id);
        setVisible(user().can(MailPermissions.HISTORY));
        LoadableDetachableModel<List<SentMail>> sendings = LoadableDetachableModel.of(() ->
                user().can(MailPermissions.HISTORY) ? Services.mailer().recent(user(), SHOWN) : List.of());
        add(new WebMarkupContainer("none") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(sendings.getObject().isEmpty());
            }
        });
        add(new ListView<>("sendings", sendings) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SentMail> item) {
                SentMail m = item.getModelObject();
                item.add(new Label("when", WHEN.format(m.sentAt().atZone(ZoneId.systemDefault()))));
                item.add(new Label("by", m.sentBy()));
                item.add(new Label("to", String.join(", ", m.to())
                        + (m.cc().isEmpty() ? "" : " (cc " + String.join(", ", m.cc()) + ")")));
                item.add(new Label("subject", m.subject()));
                item.add(new Label("attachments", m.attachments().stream().map(MailHistoryPanel::describe)
                        .collect(Collectors.joining(", "))));
                Label status = new Label("status", getString("mail.status." + m.status().name()));
                status.add(AttributeModifier.append("class", m.status() == MailStatus.SENT ? "ok" : "error"));
                item.add(status);
                item.add(new Label("failure", m.failure()).setVisible(m.failure() != null));
                item.add(new Label("reference", m.reference()));
            }
        });
    }

    private static String describe(AttachmentSummary a) {
        long kib = Math.max(1, (a.size() + 1023) / 1024);
        return a.fileName() + " (" + kib + " KiB)";
    }
}
