/**
 * Activity reports: the figures a cooperative presents to its partners' committee and funders (people supported,
 * entries and exits, turnover, payroll, self-financing...), per year and per site. Each module contributes the
 * measures it knows through {@link coop.essaim.api.reporting.ReportMeasureSource}; the core collects them with the
 * reader's permissions through {@link coop.essaim.api.reporting.ReportMeasures}. A report never reads another
 * module's tables.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package coop.essaim.api.reporting;
