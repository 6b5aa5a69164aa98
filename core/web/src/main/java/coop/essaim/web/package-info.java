/**
 * What hosts build the web layer with: {@link coop.essaim.web.EssaimWeb} makes the three servlets a host maps
 * (the application at {@code /*}, the JSON API at {@code /api/*}, the theme at {@code /theme/*}). Exported for
 * the hosts; plugins build pages on {@code coop.essaim.web.ui} only.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package coop.essaim.web;
