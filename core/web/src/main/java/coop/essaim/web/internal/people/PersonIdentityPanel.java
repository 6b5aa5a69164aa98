package coop.essaim.web.internal.people;

import coop.essaim.api.people.Address;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.IModel;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Who the person is, how to reach them, their site, trades, status and referent adviser. */
public class PersonIdentityPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    private final IModel<PathModel> model;

    public PersonIdentityPanel(String id, IModel<Person> person, IModel<PathModel> model) {
        super(id, person);
        this.model = model;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        @SuppressWarnings("unchecked")
        Person p = ((IModel<Person>) getDefaultModel()).getObject();
        PersonDetails d = p.details();
        add(new Label("kind", corePage().peopleText("people.kind." + d.kind().name())));
        add(new Label("organisation", d.organisation()).setVisible(d.organisation() != null
                && !d.organisation().isBlank()));
        add(new Label("email", text(d.email())));
        add(new Label("phone", text(d.phone())));
        add(new Label("address", address(d.address())));
        add(new Label("birthDate", corePage().date(d.birthDate())));
        String site = Services.people().establishments(user()).stream()
                .filter(e -> e.id() == d.establishmentId()).map(Establishment::name).findFirst().orElse("—");
        add(new Label("site", site));
        add(new Label("trades", d.trades().isEmpty() ? "—" : String.join(", ", d.trades())));
        add(new Label("status", corePage().statusLabel(model.getObject(), p.statusCode())));
        add(new Label("since", corePage().date(p.statusSince())));
        Map<Long, String> referents = Referents.candidates(user());
        add(new Label("referent", Referents.name(referents, p.referentUserId())));
        // no date (no rule in the cooperative's country, associate, left): the whole line goes, not just its value
        add(new Label("deadlineDate", corePage().date(p.deadline().date())).setVisible(p.deadline().date() != null));
        add(DeadlineBadge.of("deadline", p.deadline(), corePage()));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static String address(Address a) {
        String line = Stream.of(a.street(), Stream.of(a.postalCode(), a.city())
                        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" ")), a.country())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        return line.isEmpty() ? "—" : line;
    }
}
