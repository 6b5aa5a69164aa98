package coop.essaim.web.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a page needs, checked on the server for every request that renders the page or acts on it
 * (a link click, a form submit) and whenever code creates it. A user without the permission gets the
 * "forbidden" page (HTTP 403); an anonymous visitor is sent to the login page and back.
 *
 * <p>Every page except the login, first-run setup and error pages already requires a logged-in user;
 * a module page also needs the permission of its {@code PageDeclaration}. This annotation adds a permission
 * on top, for pages a module opens from code without declaring them (a detail page, a wizard step).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SecurePage {

    /** A permission code such as {@code invoicing.invoice.validate}, or {@code "authenticated"}. */
    String value();
}
