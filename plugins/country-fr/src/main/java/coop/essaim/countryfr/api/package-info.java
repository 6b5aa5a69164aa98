/** What other plugins may use: change the version when this API changes (bnd checks it). */
@org.osgi.annotation.versioning.Version("0.3.0")
package coop.essaim.countryfr.api;
