package coop.essaim.web.internal.people;

import coop.essaim.api.people.AssociateDeadline;
import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.web.internal.CorePage;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;

import java.util.Locale;

/** The associate-deadline flag of a person as a badge; hidden when no deadline is worth showing. */
public final class DeadlineBadge {

    private DeadlineBadge() {
    }

    public static Label of(String id, AssociateDeadline deadline, CorePage page) {
        DeadlineFlag flag = deadline.flag();
        Label badge = new Label(id, page.deadlineLabel(flag));
        badge.add(AttributeModifier.append("class", "deadline-" + flag.name().toLowerCase(Locale.ROOT)));
        badge.setVisible(flag == DeadlineFlag.DUE_WITHIN_90_DAYS || flag == DeadlineFlag.OVERDUE);
        return badge;
    }
}
