package coop.essaim.web.internal.security;

import coop.essaim.api.security.UserContext;
import coop.essaim.api.web.PageDeclaration;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.CorePages;
import coop.essaim.web.internal.ModulePages;
import coop.essaim.web.internal.pages.ForbiddenPage;
import coop.essaim.web.internal.pages.InternalErrorPage;
import coop.essaim.web.internal.pages.LoginPage;
import coop.essaim.web.internal.pages.NotFoundPage;
import coop.essaim.web.internal.pages.SetupPage;
import coop.essaim.web.ui.SecurePage;

import java.util.Optional;
import java.util.Set;

/**
 * Who may open which page. Default deny: only the login, setup and error pages, and the module pages declared
 * {@code PageDeclaration.PUBLIC} (which check a secret of their own), are open to anonymous visitors; every other page needs a logged-in user, plus the permission of its module declaration and of
 * its {@link SecurePage} annotation, or the rule of a page of the people core ({@link CorePages}). While the installation has no cooperative, every page but the error
 * pages leads to the first-run setup.
 */
public final class PageAccess {

    public enum Verdict { ALLOW, SETUP, LOGIN, FORBIDDEN }

    private static final Set<Class<?>> ERROR_PAGES = Set.of(ForbiddenPage.class, NotFoundPage.class,
            InternalErrorPage.class);

    private PageAccess() {
    }

    public static Verdict decide(Class<?> pageClass) {
        if (ERROR_PAGES.contains(pageClass)) {
            return Verdict.ALLOW;
        }
        EssaimWebApplication app = EssaimWebApplication.get();
        if (app.setupNeeded()) {
            return pageClass == SetupPage.class ? Verdict.ALLOW : Verdict.SETUP;
        }
        if (pageClass == LoginPage.class || pageClass == SetupPage.class || declaredPublic(pageClass, app)) {
            return Verdict.ALLOW;
        }
        Optional<UserContext> user = EssaimSession.get().user();
        if (user.isEmpty()) {
            return Verdict.LOGIN;
        }
        return mayOpen(user.get(), pageClass, app.modulePages()) ? Verdict.ALLOW : Verdict.FORBIDDEN;
    }

    /** A module page declared {@link PageDeclaration#PUBLIC}: it checks the secret in its address itself. */
    private static boolean declaredPublic(Class<?> pageClass, EssaimWebApplication app) {
        ModulePages pages = app.modulePages();
        return pages != null && pages.declarationOf(pageClass)
                .map(d -> PageDeclaration.PUBLIC.equals(d.declaration().permission())).orElse(false);
    }

    /** True when {@code user} holds every permission the page needs (for the menu too). */
    public static boolean mayOpen(UserContext user, Class<?> pageClass, ModulePages modulePages) {
        if (modulePages != null) {
            Optional<ModulePages.Declared> declared = modulePages.declarationOf(pageClass);
            if (declared.isPresent() && !user.can(declared.get().declaration().permission())) {
                return false;
            }
        }
        if (!CorePages.mayOpen(user, pageClass)) {
            return false;
        }
        SecurePage secure = pageClass.getAnnotation(SecurePage.class);
        return secure == null || user.can(secure.value());
    }
}
