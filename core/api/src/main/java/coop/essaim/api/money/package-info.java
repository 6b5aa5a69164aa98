/** Amounts of money as integer minor units with their currency: never a floating-point number. */
@org.osgi.annotation.versioning.Version("0.1.0")
package coop.essaim.api.money;
