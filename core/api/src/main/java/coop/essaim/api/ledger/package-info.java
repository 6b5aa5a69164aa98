/**
 * The cooperative's one legal set of books: double entry, append-only, numbered without gaps, hash-chained,
 * with the activity as analytic dimension on every posting. Plugins post through {@link coop.essaim.api.ledger.Ledger},
 * never with SQL; country plugins contribute the chart through {@link coop.essaim.api.ledger.ChartOfAccounts}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package coop.essaim.api.ledger;
