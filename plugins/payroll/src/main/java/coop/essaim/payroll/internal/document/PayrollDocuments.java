package coop.essaim.payroll.internal.document;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.module.DocumentLanguage;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.Contract;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.payroll.api.EmployeeFacts;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayrollRuns;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.RunStatus;
import coop.essaim.payroll.internal.Messages;
import coop.essaim.payroll.internal.PayrollRulebook;
import coop.essaim.payroll.internal.PayrollSettings;
import coop.essaim.payroll.internal.employee.EmployeeBook;
import coop.essaim.payroll.internal.job.JobBook;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The run's documents from what is stored: a payslip's PDF (for whoever may read the payslip), the month's CSV
 * exports (for those who read every payslip) and the SEPA transfer of its net pay (for those who run payroll,
 * once the month is validated). A document that lacks something the law or the bank needs is refused, naming it.
 */
public final class PayrollDocuments {

    private final PayrollRuns runs;
    private final PayrollRulebook rulebook;
    private final EmployeeBook employees;
    private final People people;
    private final Activities activities;
    private final CooperativeDirectory cooperatives;
    private final CooperativeProfile profile;
    private final CooperativeSettings settings;
    private final Clock clock;
    private final JobBook jobs;

    public PayrollDocuments(PayrollRuns runs, PayrollRulebook rulebook, EmployeeBook employees, People people,
                            Activities activities, CooperativeDirectory cooperatives, CooperativeProfile profile,
                            CooperativeSettings settings, Clock clock, JobBook jobs) {
        this.jobs = jobs;
        this.runs = runs;
        this.rulebook = rulebook;
        this.employees = employees;
        this.people = people;
        this.activities = activities;
        this.cooperatives = cooperatives;
        this.profile = profile;
        this.settings = settings;
        this.clock = clock;
    }

    /** The payslip as a PDF named {@code bulletin-2026-11-<id>.pdf}; empty when the user may not read it. */
    public Optional<Document> payslipPdf(UserContext actor, long payslipId) {
        return runs.payslip(actor, payslipId).map(p -> new Document("bulletin-" + p.month() + "-" + p.id() + ".pdf",
                new PayslipPdf(rulebook.rules(actor)::lineLabel).render(sheet(actor, p))));
    }

    public Document payslipsCsv(UserContext actor, YearMonth month) {
        return new Document("paie-" + month + ".csv", csv(actor).payslips(entries(actor, month)));
    }

    public Document linesCsv(UserContext actor, YearMonth month) {
        return new Document("paie-" + month + "-lignes.csv", csv(actor).lines(entries(actor, month), actor.locale()));
    }

    /** The month's net pay as a pain.001 file; refused before validation, without the cooperative's IBAN, or
     * for an employee without one (all of them named). */
    public Document sepaTransfer(UserContext actor, YearMonth month) {
        actor.require(PayrollPermissions.RUN);
        Messages m = new Messages(actor.locale());
        PayrollRun run = runs.run(actor, month).filter(r -> r.status() == RunStatus.VALIDATED)
                .orElseThrow(() -> new ValidationException("month", m.text("error.sepa.notValidated", month)));
        String iban = settings.value(actor.cooperativeId(), PayrollSettings.IBAN).filter(v -> !v.isBlank())
                .orElseThrow(() -> new ValidationException(PayrollSettings.IBAN, m.text("error.sepa.noIban")));
        List<SepaCreditTransferFile.Transfer> transfers = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        java.util.Map<Long, EmployeeFacts> recorded = employees.recorded(actor.cooperativeId());
        for (PayslipRecord p : run.payslips()) {
            if (!p.payslip().netPaid().isPositive()) {
                continue;
            }
            EmployeeFacts facts = recorded.getOrDefault(p.personId(), EmployeeFacts.defaults(p.personId()));
            if (facts.iban() == null) {
                missing.add(p.personName());
                continue;
            }
            transfers.add(new SepaCreditTransferFile.Transfer(p.personName(), facts.iban(), facts.bic(),
                    p.payslip().netPaid(), "PAIE-" + month + "-" + p.id(), m.text("sepa.remittance", month)));
        }
        if (!missing.isEmpty()) {
            throw new ValidationException("iban", m.text("error.sepa.employeesWithoutIban", String.join(", ", missing)));
        }
        Cooperative coop = cooperative(actor);
        LocalDate execution = Stream.of(month.atEndOfMonth(), LocalDate.now(clock)).max(Comparator.naturalOrder())
                .orElseThrow();
        try {
            byte[] xml = new SepaCreditTransferFile().write(new SepaCreditTransferFile.Order(
                    "PAIE-" + actor.cooperativeId() + "-" + month + "-" + clock.millis(), OffsetDateTime.now(clock),
                    new SepaCreditTransferFile.Debtor(coop.legalName(), iban,
                            settings.value(actor.cooperativeId(), PayrollSettings.BIC).orElse(null)),
                    execution, transfers));
            return new Document("virements-paie-" + month + ".xml", xml);
        } catch (SepaInputException e) {
            throw new ValidationException(e.field(), e.getMessage());
        }
    }

    /** A file to download. */
    public record Document(String fileName, byte[] content) {
    }

    private PayrollCsv csv(UserContext actor) {
        return new PayrollCsv(rulebook.rules(actor)::lineLabel);
    }

    private List<PayrollCsv.Entry> entries(UserContext actor, YearMonth month) {
        return runs.run(actor, month).map(PayrollRun::payslips).orElse(List.of()).stream()
                .map(p -> new PayrollCsv.Entry(String.valueOf(p.personId()), p.personName(),
                        activities.find(actor, p.activityId()).map(Activity::analyticCode).orElse(""), p.payslip()))
                .toList();
    }

    private PayslipSheet sheet(UserContext actor, PayslipRecord p) {
        Locale drawnIn = DocumentLanguage.of(actor.locale());
        Messages m = new Messages(drawnIn);
        Cooperative coop = cooperative(actor);
        CooperativeIdentity identity = profile.identity(actor);
        if (identity.registrationNumber() == null || identity.registrationNumber().isBlank()) {
            throw new ValidationException("registrationNumber", m.text("error.payslip.noRegistration"));
        }
        Person person = people.find(actor, p.personId()).orElse(null);
        List<String> address = person == null ? List.of() : lines(person.details().address());
        boolean staff = person != null && person.details().kind() == PersonKind.PERMANENT_STAFF;
        Optional<Contract> contract = people.path(actor, p.personId()).map(PersonPath::contracts).orElse(List.of())
                .stream().filter(c -> (p.paysJobs() || c.plannedEnd() == null)
                        && !c.start().isAfter(p.month().atEndOfMonth()))
                .max(Comparator.comparing(Contract::start));
        PayslipSheet.Employee employee = new PayslipSheet.Employee(p.personName(), address,
                String.valueOf(p.personId()), m.text(staff ? "payslip.job.staff" : "payslip.job.entrepreneur"),
                p.payslip().situation().executive(), contract.map(Contract::kind).orElse(staff ? "CDI" : "CESA"),
                contract.map(Contract::start).orElse(p.month().atDay(1)));
        PayslipSheet.Employer employer = new PayslipSheet.Employer(coop.legalName(), lines(identity.address()),
                identity.registrationNumber(), null, null);
        Money hourly = p.payslip().gross().times(java.math.BigDecimal.ONE.divide(p.hours(), 10, RoundingMode.HALF_UP),
                RoundingMode.HALF_UP);
        List<PayslipSheet.JobLine> paid = jobs.paidBy(actor.cooperativeId(), p.id()).stream()
                .map(j -> new PayslipSheet.JobLine(j.firstDay(), j.lastDay(), j.description(), j.hours(), j.gross()))
                .toList();
        return new PayslipSheet(employer, employee, p.month(), p.month().atEndOfMonth(), p.hours(), hourly,
                p.activityName(), p.payslip(), drawnIn, paid);
    }

    private Cooperative cooperative(UserContext actor) {
        return cooperatives.find(actor.cooperativeId())
                .orElseThrow(() -> new IllegalStateException("no cooperative " + actor.cooperativeId()));
    }

    private static List<String> lines(Address a) {
        if (a == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (a.street() != null && !a.street().isBlank()) {
            out.add(a.street().strip());
        }
        String city = ((a.postalCode() == null ? "" : a.postalCode().strip()) + " "
                + (a.city() == null ? "" : a.city().strip())).strip();
        if (!city.isEmpty()) {
            out.add(city);
        }
        return out;
    }
}
