/**
 * What module pages build on: {@link coop.essaim.web.ui.LayoutPage} (the common layout, the current user)
 * and {@link coop.essaim.web.ui.SecurePage} (a permission checked on the server).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package coop.essaim.web.ui;
