package coop.essaim.governance.internal.split;

import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.ParticipantBase;
import coop.essaim.governance.api.ParticipationKey;
import coop.essaim.governance.api.SplitScheme;
import coop.essaim.governance.internal.Governance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The demo's profit split: the cooperative's scheme of the domain (65% reserves, 25% participation, 10% dividends)
 * from 2025; when the demo's books show a 2025 profit, the 2025 split adopted by the assembly of 20 June 2026 and
 * posted; otherwise (the demo's books start in 2026) the draft of the 2026 split from the result so far, for the
 * assembly to come. The participation goes by gross salary among the demo's members (salaries entered here).
 */
public final class SplitDemo {

    public static final int YEAR = 2025;
    public static final LocalDate ASSEMBLY = LocalDate.of(2026, 6, 20);
    private static final Logger LOG = LoggerFactory.getLogger(SplitDemo.class);

    private final Function<LocalDate, Governance> at;
    private final People people;
    private final Ledger ledger;

    public SplitDemo(Function<LocalDate, Governance> at, People people, Ledger ledger) {
        this.at = at;
        this.people = people;
        this.ledger = ledger;
    }

    public void load(UserContext admin) {
        ProfitSplits splits = at.apply(ASSEMBLY).splits();
        SplitScheme scheme = splits.addScheme(admin, new SplitScheme(null, "Statuts 2025", LocalDate.of(YEAR, 1, 1),
                BigDecimal.valueOf(65), BigDecimal.valueOf(25), BigDecimal.TEN, BigDecimal.ZERO));
        List<ParticipantBase> employees = new ArrayList<>();
        people.list(admin, PersonQuery.all(0, 500)).items().stream()
                .filter(p -> p.details().kind() == PersonKind.MEMBER).limit(8)
                .forEach(p -> employees.add(new ParticipantBase(p.id(),
                        BigDecimal.valueOf(21_600L + 2_400L * employees.size()))));
        if (!splits.result(admin, YEAR).isPositive()) {
            Money soFar = splits.result(admin, YEAR + 1);
            LOG.info("governance demo: no profit in {}, a draft of {} ({})", YEAR, YEAR + 1, soFar);
            if (soFar.isPositive()) {
                splits.draft(admin, YEAR + 1, scheme.id(), ParticipationKey.SALARY, employees);
            }
            return;
        }
        splits.draft(admin, YEAR, scheme.id(), ParticipationKey.SALARY, employees);
        splits.propose(admin, YEAR);
        splits.adopt(admin, YEAR, ASSEMBLY, "AGO 2026, résolution 3");
        LocalDate day = ledger.closedThrough(admin).map(d -> d.plusDays(1)).filter(d -> d.isAfter(ASSEMBLY))
                .orElse(ASSEMBLY);
        splits.post(admin, YEAR, day);
    }
}
