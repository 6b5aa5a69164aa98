/**
 * What other plugins may use of the mutual training plugin (its records and permissions): change the version when
 * this API changes (bnd checks it).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package coop.essaim.mutualtraining.api;
