package coop.essaim.web.testmodule;

import coop.essaim.api.people.AssociateDeadlineRule;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PersonPath;

import java.time.LocalDate;
import java.util.Optional;

/** The French rule as a test stands it in: associate within three years of the first support agreement. */
public final class TestDeadlineRule implements AssociateDeadlineRule {

    @Override
    public boolean appliesTo(String country) {
        return "FR".equals(country);
    }

    @Override
    public Optional<LocalDate> deadline(PersonPath path, PathModel model) {
        return path.firstEntered("support-agreement").map(d -> d.plusYears(3));
    }
}
