/** What other plugins may use: change the version when this API changes (bnd checks it). */
@org.osgi.annotation.versioning.Version("0.1.0")
package coop.essaim.countrybe.api;
