package coop.essaim.countryfr.internal.contract;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.Contract;
import coop.essaim.api.people.EmploymentTermsVersion;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CAPE (art. L127-1 ff. Code de commerce), the CESA (art. L7331-2 Code du travail) and the CESA amendment
 * of a person, as PDF, filled from the core's person file, path, employment terms and cooperative identity.
 */
public final class ContractDocuments {

    public static final String SUPPORT_AGREEMENT = "support-agreement";
    public static final String EMPLOYMENT = "employment";

    private final People people;
    private final CooperativeDirectory directory;
    private final CooperativeProfile profile;

    ContractDocuments(People people, CooperativeDirectory directory, CooperativeProfile profile) {
        this.people = people;
        this.directory = directory;
        this.profile = profile;
    }

    public static ContractDocuments of(ModuleContext module) {
        return new ContractDocuments(module.service(People.class), module.service(CooperativeDirectory.class),
                module.service(CooperativeProfile.class));
    }

    /** The CAPE or CESA for the person's contract of that kind (the open one, else the first). */
    public byte[] contract(UserContext actor, long personId, String kind) {
        Map<String, String> values = values(actor, personId);
        PersonPath path = people.path(actor, personId).orElseThrow(() -> denied(personId));
        Contract contract = path.openContract(kind).or(() -> path.firstContract(kind))
                .orElseThrow(() -> new coop.essaim.api.problem.ValidationException("contract",
                        ContractText.message(actor.locale(), "contract.error.noContract", kind)));
        values.put("contract.start", date(actor, contract.start()));
        values.put("contract.plannedEnd", date(actor, contract.plannedEnd()));
        values.put("contract.renewals", Integer.toString(contract.renewals()));
        String name = switch (kind) {
            case SUPPORT_AGREEMENT -> "cape";
            case EMPLOYMENT -> "cesa";
            default -> throw new coop.essaim.api.problem.ValidationException("kind",
                    ContractText.message(actor.locale(), "contract.error.kind", kind));
        };
        return render(actor, name, values);
    }

    /** The CESA amendment carrying one version of the employment terms. */
    public byte[] amendment(UserContext actor, long personId, long termsVersionId) {
        Map<String, String> values = values(actor, personId);
        EmploymentTermsVersion version = people.employmentTerms(actor, personId).stream()
                .filter(v -> v.id() == termsVersionId).findFirst()
                .orElseThrow(() -> new coop.essaim.api.problem.ValidationException("termsVersion",
                        ContractText.message(actor.locale(), "contract.error.termsVersion", termsVersionId)));
        values.put("terms.validFrom", date(actor, version.terms().validFrom()));
        values.put("terms.hours", version.terms().hours() == null ? null : java.text.NumberFormat.getNumberInstance(actor.locale()).format(version.terms().hours()));
        values.put("terms.per", ContractText.per(actor.locale(), version.terms().per()));
        values.put("terms.loadedHourlyCost", version.terms().loadedHourlyCost() == null ? null
                : version.terms().loadedHourlyCost().format(actor.locale()));
        return render(actor, "amendment", values);
    }

    private byte[] render(UserContext actor, String name, Map<String, String> values) {
        String text = ContractTemplate.load(name, actor.locale()).fill(values, actor.locale());
        return ContractPdf.render(text.lines().findFirst().orElse(name), text);
    }

    private Map<String, String> values(UserContext actor, long personId) {
        actor.require(CorePermissions.PEOPLE_MANAGE);
        if (!people.mayManage(actor, personId)) {
            throw denied(personId);
        }
        Person person = people.find(actor, personId).orElseThrow(() -> denied(personId));
        Cooperative coop = directory.find(actor.cooperativeId()).orElseThrow();
        CooperativeIdentity identity = profile.identity(actor);
        Map<String, String> values = new HashMap<>();
        values.put("cooperative.name", coop.legalName());
        values.put("cooperative.legalForm", coop.legalForm());
        values.put("cooperative.registrationNumber", identity.registrationNumber());
        values.put("cooperative.address", address(identity.address()));
        values.put("person.name", person.displayName());
        values.put("person.address", address(person.details().address()));
        values.put("person.birthDate", date(actor, person.details().birthDate()));
        values.put("associate.deadline", date(actor, person.deadline().date()));
        values.put("today", date(actor, LocalDate.now(ContractText.FRANCE)));
        return values;
    }

    private static String address(Address a) {
        if (a == null) {
            return null;
        }
        String text = Stream.of(a.street(), join(a.postalCode(), a.city())).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        return text.isBlank() ? null : text;
    }

    private static String join(String a, String b) {
        return Stream.of(a, b).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    private static String date(UserContext actor, LocalDate date) {
        return date == null ? null : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(actor.locale()));
    }

    private static AccessDeniedException denied(long personId) {
        return new AccessDeniedException("person:" + personId);
    }
}
