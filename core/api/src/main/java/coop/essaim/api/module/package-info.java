@org.osgi.annotation.versioning.Version("0.4.0")
package coop.essaim.api.module;
