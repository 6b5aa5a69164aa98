package coop.essaim.api.sales;

/**
 * The accounts of the country's chart that sales, purchases and payments post to: {@code customers} (French PCG
 * 411), {@code servicesSold} (706) and {@code goodsSold} (707), {@code bank} (512), {@code suppliers} (401),
 * {@code purchases} (604, services and studies bought for an activity), {@code expenseClaims} (421, what the
 * cooperative owes a member for an expense note), and the pair an internal invoice between two activities uses,
 * {@code internalSales} and {@code internalPurchases}, kept apart so the cooperative's contribution is not taken
 * twice on the same work. Every code is an account of the country's {@code ChartOfAccounts}.
 */
public record SalesAccounts(String customers, String servicesSold, String goodsSold, String bank, String suppliers,
                            String purchases, String expenseClaims, String internalSales, String internalPurchases) {
}
