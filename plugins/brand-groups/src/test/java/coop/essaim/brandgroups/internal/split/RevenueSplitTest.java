package coop.essaim.brandgroups.internal.split;

import coop.essaim.api.money.Money;
import coop.essaim.brandgroups.api.MemberPeriod;
import coop.essaim.brandgroups.api.MemberShare;
import coop.essaim.brandgroups.api.SplitKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevenueSplitTest {

    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    private static List<Long> amounts(List<MemberShare> shares) {
        return shares.stream().map(s -> s.amount().minorUnits()).toList();
    }

    @Test
    void equalSharesOfQueTalParisAddUpToTheCent() {
        List<MemberPeriod> three = List.of(MemberPeriod.of(1, START, null), MemberPeriod.of(2, START, null),
                MemberPeriod.of(3, START, null));
        List<MemberShare> shares = RevenueSplit.split(SplitKind.EQUAL, JUNE, eur(1_000_00), three);
        assertEquals(List.of(33_334L, 33_333L, 33_333L), amounts(shares));
    }

    @Test
    void fixedPercentagesRoundByLargestRemainder() {
        List<MemberPeriod> two = List.of(
                new MemberPeriod(1, START, null, new BigDecimal("33.33"), null, null, null),
                new MemberPeriod(2, START, null, new BigDecimal("66.67"), null, null, null));
        assertEquals(List.of(34L, 67L), amounts(RevenueSplit.split(SplitKind.FIXED_PERCENT, JUNE, eur(101), two)));
    }

    @Test
    void hoursAndInvoicedWorkShareInProportion() {
        List<MemberPeriod> hours = List.of(
                new MemberPeriod(1, START, null, null, new BigDecimal("100"), null, null),
                new MemberPeriod(2, START, null, null, new BigDecimal("50.5"), null, null));
        assertEquals(List.of(66_445L, 33_555L),
                amounts(RevenueSplit.split(SplitKind.PRO_RATA_HOURS, JUNE, eur(1_000_00), hours)));
        List<MemberPeriod> invoiced = List.of(new MemberPeriod(1, START, null, null, null, eur(3_000_00), null),
                new MemberPeriod(2, START, null, null, null, eur(1_000_00), null));
        assertEquals(List.of(1_500_00L, 500_00L),
                amounts(RevenueSplit.split(SplitKind.PRO_RATA_INVOICED, JUNE, eur(2_000_00), invoiced)));
    }

    @Test
    void aFixedAmountFirstThenTheRestInEqualShares() {
        List<MemberPeriod> two = List.of(new MemberPeriod(1, START, null, null, null, null, eur(500_00)),
                new MemberPeriod(2, START, null, null, null, null, null));
        assertEquals(List.of(750_01L, 250_00L),
                amounts(RevenueSplit.split(SplitKind.FIXED_THEN_EQUAL, JUNE, eur(1_000_01), two)));
        // a month that does not fund the fixed amount pays it as far as it goes
        assertEquals(List.of(300_00L, 0L),
                amounts(RevenueSplit.split(SplitKind.FIXED_THEN_EQUAL, JUNE, eur(300_00), two)));
    }

    @Test
    void aMemberLeavingMidMonthGetsTheDaysPresentAndIsSettled() {
        // Rosalie leaves on 10 June: 10 days of 30, Georges stays the 30
        List<MemberPeriod> two = List.of(MemberPeriod.of(1, START, null),
                MemberPeriod.of(2, START, LocalDate.of(2025, 6, 10)));
        List<MemberShare> shares = RevenueSplit.split(SplitKind.EQUAL, JUNE, eur(1_000_00), two);
        assertEquals(List.of(750_00L, 250_00L), amounts(shares));
        assertEquals(10, shares.get(1).daysPresent());
        assertTrue(shares.get(1).settlement());
        assertFalse(shares.get(0).settlement());
        assertEquals(1_000_00L, amounts(shares).stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aMemberGoneBeforeTheMonthHasNoShareAndADeficitPaysNothing() {
        List<MemberPeriod> two = List.of(MemberPeriod.of(1, START, null),
                MemberPeriod.of(2, START, LocalDate.of(2025, 5, 31)));
        List<MemberShare> shares = RevenueSplit.split(SplitKind.EQUAL, JUNE, eur(-50_00), two);
        assertEquals(1, shares.size());
        assertEquals(0L, shares.get(0).amount().minorUnits());
    }

    @Test
    void aPercentFinerThanAHundredthIsRefused() {
        List<MemberPeriod> one = List.of(new MemberPeriod(1, START, null, new BigDecimal("10.001"), null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> RevenueSplit.split(SplitKind.FIXED_PERCENT, JUNE, eur(100), one));
    }
}
