/**
 * What other plugins may use of the accompaniment plugin (its appointments, portfolio, workshops and
 * permissions): change the version when this API changes (bnd checks it).
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package coop.essaim.accompaniment.api;
