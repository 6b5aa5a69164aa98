@org.osgi.annotation.versioning.Version("0.2.0")
package coop.essaim.api.demo;
