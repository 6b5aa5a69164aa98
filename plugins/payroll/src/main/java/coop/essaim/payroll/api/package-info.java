/**
 * What other plugins may use
 * of the payroll engine (its runs and permissions): change the version when this API changes (bnd checks it).
 */
@org.osgi.annotation.versioning.Version("0.5.0")
package coop.essaim.payroll.api;
