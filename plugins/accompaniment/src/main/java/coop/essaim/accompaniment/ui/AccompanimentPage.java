package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.internal.Accompaniment;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** What the accompaniment pages share: the module's services, formatting for the reader, refusals as feedback. */
abstract class AccompanimentPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    AccompanimentPage(PageParameters parameters) {
        super(parameters);
    }

    final Accompaniment accompaniment() {
        return Accompaniment.of(module());
    }

    final People people() {
        return module().service(People.class);
    }

    final String when(LocalDateTime time) {
        return time == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(time);
    }

    final String mode(Appointment a) {
        return getString("mode." + a.mode().name());
    }

    final String attendance(Appointment a) {
        return getString("attendance." + a.attendance().name());
    }

    final String site(Appointment a, List<Establishment> sites) {
        return a.establishmentId() == null ? "" : sites.stream().filter(s -> s.id() == a.establishmentId())
                .map(Establishment::name).findFirst().orElse("");
    }

    final String personName(long personId) {
        return people().find(user(), personId).map(p -> p.displayName()).orElse("#" + personId);
    }

    /** Each refusal as feedback, the field's name first. */
    final void refused(ValidationException e) {
        e.errors().forEach(f -> error(fieldLabel(f.field()) + " : " + f.message()));
    }

    private String fieldLabel(String field) {
        String key = "field." + field.replaceAll("\\[\\d+]", "");
        return getString(key, null, field);
    }
}
