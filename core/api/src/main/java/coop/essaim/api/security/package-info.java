@org.osgi.annotation.versioning.Version("0.3.0")
package coop.essaim.api.security;
