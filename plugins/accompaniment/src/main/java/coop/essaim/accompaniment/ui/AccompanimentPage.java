package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.internal.Accompaniment;
import coop.essaim.accompaniment.internal.StageLabels;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.people.People;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

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

    /** A user or a site offered in a form. */
    record Choice(long id, String name) implements Serializable {
    }

    /** A stage of the path model in force, as a workshop's audience. */
    record Stage(String code, String name) implements Serializable {
    }

    final List<Choice> sites() {
        return people().establishments(user()).stream().map(e -> new Choice(e.id(), e.name())).toList();
    }

    /** The stages a workshop can be meant for: all of the path model's but the exit. */
    final List<Stage> stages() {
        PathModel model = people().pathModel(user());
        return model.statuses().stream().filter(s -> !s.exit())
                .map(s -> new Stage(s.code(), stageLabels().label(model, s.code(), getLocale()))).toList();
    }

    final String audienceLabel(String code) {
        return code == null ? getString("workshop.audience.all")
                : stageLabels().label(people().pathModel(user()), code, getLocale());
    }

    final String place(boolean online, Long siteId, List<Choice> sites) {
        return online ? getString("workshop.online") : sites.stream().filter(c -> siteId != null && c.id() == siteId)
                .map(Choice::name).findFirst().orElse("");
    }

    /** The people whose file is linked to a login, staff or members: who may run a workshop. */
    final List<Choice> trainerChoices() {
        return people().list(user(), PersonQuery.all(0, 500)).items().stream()
                .filter(p -> p.details().userId() != null)
                .map(p -> new Choice(p.details().userId(), p.displayName())).toList();
    }

    final String trainerNames(List<Long> userIds) {
        UserDirectory users = module().service(UserDirectory.class);
        return userIds.stream().map(id -> {
            try {
                return users.contextOf(id).displayName();
            } catch (IllegalArgumentException e) {
                return "#" + id;
            }
        }).collect(Collectors.joining(", "));
    }

    /** A whole number typed in a form; 0 when it is not one, which the service refuses naming the field. */
    static int number(IModel<String> model) {
        try {
            return Integer.parseInt(model.getObject() == null ? "" : model.getObject().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static LocalDateTime dateTime(IModel<String> date, IModel<String> time) {
        return LocalDate.parse(date.getObject() == null ? "" : date.getObject().strip())
                .atTime(LocalTime.parse(time.getObject() == null ? "" : time.getObject().strip()));
    }

    private StageLabels stageLabels() {
        return new StageLabels(people(), module().service(ModuleCatalog.class));
    }

    /** The page's text with its ${name} variables, given as name, value pairs. */
    final String text(String key, Object... namesAndValues) {
        HashMap<String, Object> values = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return getString(key, new Model<>(values));
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
