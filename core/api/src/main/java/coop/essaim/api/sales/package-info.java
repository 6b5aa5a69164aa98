/** What a country's law says about selling: VAT rates and categories, the mentions sales documents carry. */
@org.osgi.annotation.versioning.Version("0.3.0")
package coop.essaim.api.sales;
