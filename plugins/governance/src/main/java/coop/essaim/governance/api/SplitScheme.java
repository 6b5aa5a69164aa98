package coop.essaim.governance.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dated scheme for splitting a year's profit, in percent of the result: {@code reserves} (the legal reserve
 * included, never distributed), {@code participation} (to all employees), {@code dividends} (to associates, per
 * share) and {@code other} (for example a development fund). They add up to 100. {@code id} is null before it is
 * recorded.
 */
public record SplitScheme(Long id, String name, LocalDate validFrom, BigDecimal reserves, BigDecimal participation,
                          BigDecimal dividends, BigDecimal other) {
}
