/** The reporting plugin's permission and the activity report as other modules and scripts read it. */
@org.osgi.annotation.versioning.Version("0.1.0")
package coop.essaim.reporting.api;
