package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.ActivityAccounts.TreasuryPoint;
import coop.essaim.api.ledger.ExpectedCash;
import coop.essaim.api.ledger.ExpectedCashSource;
import coop.essaim.api.ledger.TreasuryForecast;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The forecast of an activity's treasury: today's cash from the ledger (read with the ledger's rules, which
 * refuse an activity the user may not see), then what each started module's {@link ExpectedCashSource} expects,
 * day by day. A source that fails is logged and named in the answer instead of failing the page; an amount in
 * another currency than the cash is a module's bug, treated the same way.
 */
public final class KernelTreasuryForecast implements TreasuryForecast {

    static final int MAX_DAYS = 366;
    private static final Logger LOG = LoggerFactory.getLogger(KernelTreasuryForecast.class);

    private final ActivityAccounts accounts;
    private final ModuleRegistry registry;
    private final Clock clock;

    public KernelTreasuryForecast(ActivityAccounts accounts, ModuleRegistry registry, Clock clock) {
        this.accounts = accounts;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public Forecast forecast(UserContext user, long activityId, LocalDate until) {
        LocalDate today = LocalDate.now(clock);
        if (until == null || until.isBefore(today) || until.isAfter(today.plusDays(MAX_DAYS))) {
            throw LedgerMessages.refusal(user.locale(), "until", "ledger.forecast.until", today.plusDays(MAX_DAYS));
        }
        List<TreasuryPoint> todays = accounts.treasury(user, activityId, today, today);
        Money position = todays.get(todays.size() - 1).position();
        List<Expected> expected = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (Extension<ExpectedCashSource> ext : registry.extensions(ExpectedCashSource.class)) {
            try {
                for (ExpectedCash cash : expectedBy(ext, user, activityId, until)) {
                    if (!cash.amount().currency().equals(position.currency())) {
                        throw new IllegalStateException("expected cash in " + cash.amount().currency()
                                + ", the treasury is in " + position.currency());
                    }
                    if (!cash.date().isAfter(until)) {
                        LocalDate on = cash.date().isBefore(today) ? today : cash.date();
                        expected.add(new Expected(ext.module().id(), cash, on, cash.date().isBefore(today)));
                    }
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.error("module {}: its expected cash failed; the forecast of activity {} leaves it out",
                        ext.module().id(), activityId, e);
                unavailable.add(ext.module().id());
                expected.removeIf(x -> x.module().equals(ext.module().id()));
            }
        }
        expected.sort(Comparator.comparing(Expected::on).thenComparing(x -> x.cash().date())
                .thenComparing(x -> x.cash().label()));
        return new Forecast(activityId, today, until, position, List.copyOf(expected),
                points(today, position, expected), List.copyOf(unavailable));
    }

    private static List<ExpectedCash> expectedBy(Extension<ExpectedCashSource> ext, UserContext user,
                                                 long activityId, LocalDate until) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(ext.classLoader());
            List<ExpectedCash> answer = ext.instance().expected(user, activityId, until);
            return answer == null ? List.of() : answer;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static List<TreasuryPoint> points(LocalDate today, Money position, List<Expected> expected) {
        Map<LocalDate, Money> byDay = new TreeMap<>();
        byDay.put(today, position);
        Money running = position;
        for (Expected x : expected) {
            running = running.plus(x.cash().amount());
            byDay.put(x.on(), running);
        }
        return byDay.entrySet().stream().map(e -> new TreasuryPoint(e.getKey(), e.getValue())).toList();
    }
}
