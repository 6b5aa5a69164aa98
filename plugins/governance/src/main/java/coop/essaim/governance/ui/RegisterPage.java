package coop.essaim.governance.ui;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.governance.api.CapitalRule;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Holding;
import coop.essaim.web.ui.Download;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The share register: the capital rule in force, each associate's shares held, paid and due, every line of the
 * register, its CSV export, and for those who keep it the forms of a new rule, a subscription, a payment, a
 * redemption and a correction. Figures are typed as the reader writes them ("1 500,00" or "1500.00").
 */
public class RegisterPage extends GovernancePage {

    private static final long serialVersionUID = 1L;

    private final IModel<String> validFrom = Model.of(LocalDate.now().toString());
    private final IModel<String> nominal = Model.of("");
    private final IModel<String> minimum = Model.of("0");
    private final IModel<Long> person = Model.of((Long) null);
    private final IModel<String> shares = Model.of("");
    private final IModel<String> occurredOn = Model.of(LocalDate.now().toString());
    private final IModel<Boolean> paidAtOnce = Model.of(true);
    private final IModel<String> subscription = Model.of("");
    private final IModel<String> amount = Model.of("");
    private final IModel<String> movement = Model.of("");
    private final IModel<String> note = Model.of("");

    /** The register's file name in the user's language: French, Dutch, or English for any other. */
    static String fileName(Locale locale) {
        return switch (locale == null ? "" : locale.getLanguage()) {
            case "fr" -> "registre-parts.csv";
            case "nl" -> "aandelenregister.csv";
            default -> "share-register.csv";
        };
    }

    public RegisterPage(PageParameters parameters) {
        super(parameters);
        IModel<Map<Long, String>> names = LoadableDetachableModel.of(this::associates);
        add(new Label("inForce", () -> governance().rules().inForce(user(), LocalDate.now())
                .map(r -> getString("rule.describe").replace("{nominal}", money(r.nominal()))
                        .replace("{minimum}", money(r.minimumEntry()))).orElse(getString("rule.none"))));
        add(new ResourceLink<Void>("csv", Download.csv(() -> governance().export().csv(user()),
                fileName(getLocale()))));
        add(holdings("holdings", LoadableDetachableModel.of(() -> governance().register().holdings(user()))));
        add(movements("lines", LoadableDetachableModel.of(() -> governance().register().movements(user())), names));
        boolean manage = user().can(GovernancePermissions.REGISTER_MANAGE);
        add(form("ruleForm", this::saveRule, manage).add(new TextField<>("validFrom", validFrom),
                new TextField<>("nominal", nominal), new TextField<>("minimumEntry", minimum)));
        ChoiceRenderer<Long> byName = new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Long id) {
                return names.getObject().getOrDefault(id, "#" + id);
            }

            @Override
            public String getIdValue(Long id, int index) {
                return String.valueOf(id);
            }
        };
        IModel<List<Long>> ids = () -> List.copyOf(names.getObject().keySet());
        add(form("subscribeForm", this::subscribe, manage).add(new DropDownChoice<>("personId", person, ids, byName),
                new TextField<>("shares", shares), new TextField<>("occurredOn", occurredOn),
                new CheckBox("paidAtOnce", paidAtOnce)));
        add(form("payForm", this::pay, manage).add(new TextField<>("subscriptionId", subscription),
                new TextField<>("amount", amount)));
        add(form("redeemForm", this::redeem, manage).add(new DropDownChoice<>("redeemPerson", person, ids, byName),
                new TextField<>("redeemShares", shares), new TextField<>("note", note)));
        add(form("correctForm", this::correct, manage).add(new TextField<>("movementId", movement),
                new TextField<>("reason", note)));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("register.title");
    }

    private Form<Void> form(String id, Action action, boolean visible) {
        Form<Void> form = submitting(id, action);
        form.setVisible(visible);
        return form;
    }

    /** Everyone who may hold shares (members, permanent staff, external associates), by name. */
    private Map<Long, String> associates() {
        Map<Long, String> names = new LinkedHashMap<>();
        module().service(People.class).list(user().lending(CorePermissions.PEOPLE_READ), PersonQuery.all(0, 500))
                .items().stream().filter(p -> p.details().kind() != PersonKind.PARTNER)
                .forEach(p -> names.put(p.id(), p.displayName()));
        for (Holding h : governance().register().holdings(user())) {
            names.putIfAbsent(h.personId(), h.name());
        }
        return names;
    }

    private Currency currency() {
        return Currency.getInstance(module().service(CooperativeDirectory.class).find(user().cooperativeId())
                .map(c -> c.currency()).orElse("EUR"));
    }

    private void saveRule() {
        governance().rules().add(user(), new CapitalRule(date(validFrom.getObject()),
                amount(nominal.getObject(), currency()), amount(minimum.getObject(), currency())), currency());
    }

    private void subscribe() {
        governance().register().subscribe(user(), required(person.getObject(), "personId"),
                integer(shares.getObject()), date(occurredOn.getObject()), Boolean.TRUE.equals(paidAtOnce.getObject()));
    }

    private void pay() {
        governance().register().pay(user(), integer(subscription.getObject()), amount(amount.getObject(), currency()),
                LocalDate.now());
    }

    private void redeem() {
        governance().register().redeem(user(), required(person.getObject(), "personId"), integer(shares.getObject()),
                LocalDate.now(), note.getObject());
    }

    private void correct() {
        governance().register().correct(user(), integer(movement.getObject()), LocalDate.now(), note.getObject());
    }

    private long required(Long id, String field) {
        if (id == null) {
            throw new ValidationException(field, getString("required"));
        }
        return id;
    }
}
