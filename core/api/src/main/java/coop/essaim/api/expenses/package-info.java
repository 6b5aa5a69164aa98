/**
 * What a country's law says about expenses a member is reimbursed for: the mileage scale (allowances per
 * kilometre driven in one's own vehicle, by vehicle category and yearly distance, dated).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package coop.essaim.api.expenses;
