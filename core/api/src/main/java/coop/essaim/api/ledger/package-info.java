/**
 * The cooperative's one legal set of books: double entry, append-only, numbered without gaps, hash-chained,
 * with the activity as analytic dimension on every posting. Plugins post through {@link coop.essaim.api.ledger.Ledger},
 * never with SQL; country plugins contribute the chart through {@link coop.essaim.api.ledger.ChartOfAccounts}.
 * The contribution is a {@link coop.essaim.api.ledger.ContributionScheme}; {@link coop.essaim.api.ledger.SalaryBudget}
 * turns what is left into a smoothing plan of salary. {@link coop.essaim.api.ledger.LedgerJournals} exports the books
 * as an hledger/ledger journal or CSV and imports plain-text journals; {@link coop.essaim.api.ledger.LedgerReports} answers
 * the trial balance, general ledger, balance sheet and income statement; {@link coop.essaim.api.ledger.Lettering} matches
 * the postings of an account that settle each other, after the fact, without touching the signed entries.
 */
@org.osgi.annotation.versioning.Version("0.7.0")
package coop.essaim.api.ledger;
