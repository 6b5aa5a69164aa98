/**
 * A country's payroll law as the payroll engine uses it: {@link coop.essaim.api.payroll.PayrollRules}, the
 * employee's situation, the payslip and its lines. In the core API, like {@code SalesRules}, so that a country
 * plugin serves cooperatives with or without the payroll plugin and never depends on it.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package coop.essaim.api.payroll;
