package coop.essaim.web;

import coop.essaim.kernel.Kernel;
import coop.essaim.web.internal.CorePages;
import coop.essaim.web.internal.ModuleClassResolver;
import coop.essaim.web.internal.ModulePages;
import coop.essaim.web.internal.NotFoundFallbackMapper;
import coop.essaim.web.internal.activities.ActivitiesCsvResource;
import coop.essaim.web.internal.activities.ActivityLogoResource;
import coop.essaim.web.internal.cooperative.CooperativeLogoResource;
import coop.essaim.web.internal.error.ErrorHandling;
import coop.essaim.web.internal.forms.NoControlCharacters;
import coop.essaim.web.internal.ledger.LedgerCsvResource;
import coop.essaim.web.internal.ledger.LedgerReport;
import coop.essaim.web.internal.ledger.LetteringCsvResource;
import coop.essaim.web.internal.ledger.LetteringView;
import coop.essaim.web.internal.pages.ForbiddenPage;
import coop.essaim.web.internal.EnglishTextsFallback;
import coop.essaim.web.internal.pages.HomePage;
import coop.essaim.web.internal.pages.InternalErrorPage;
import coop.essaim.web.internal.pages.LoginPage;
import coop.essaim.web.internal.pages.ModulesPage;
import coop.essaim.web.internal.pages.NotFoundPage;
import coop.essaim.web.internal.pages.SetupPage;
import coop.essaim.web.internal.people.PeopleCsvResource;
import coop.essaim.web.internal.privacy.PersonalDataResource;
import coop.essaim.web.internal.security.EssaimSession;
import coop.essaim.web.internal.security.HttpHardening;
import coop.essaim.web.internal.security.PageAccessGuard;
import coop.essaim.web.internal.security.SameOriginPolicy;
import org.apache.wicket.Page;
import org.apache.wicket.Session;
import org.apache.wicket.protocol.http.OriginResourceIsolationPolicy;
import org.apache.wicket.protocol.http.ResourceIsolationRequestCycleListener;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.request.Request;
import org.apache.wicket.request.Response;
import org.apache.wicket.resource.IPropertiesLoader;
import org.apache.wicket.resource.IsoPropertiesFilePropertiesLoader;
import org.apache.wicket.resource.PropertiesFactory;
import org.apache.wicket.resource.UtfPropertiesFilePropertiesLoader;
import org.apache.wicket.resource.loader.IStringResourceLoader;
import org.apache.wicket.settings.ExceptionSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The Essaim web application, the same on both hosts. It sees module classes through
 * {@link ModuleClassResolver}, mounts every page a started module declares at {@code /m/<module>/<path>}
 * and unmounts it when the module stops, checks page permissions on the server for every request, keeps
 * the page store in the data folder it is given, and never shows a stack trace to a user.
 */
public class EssaimWebApplication extends WebApplication {

    private final Kernel kernel;
    private final Path pageStoreFolder;
    private ModulePages modulePages;
    private volatile boolean setupDone;

    public EssaimWebApplication(Kernel kernel, Path pageStoreFolder) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.pageStoreFolder = Objects.requireNonNull(pageStoreFolder, "pageStoreFolder");
    }

    public static EssaimWebApplication get() {
        return (EssaimWebApplication) WebApplication.get();
    }

    public Kernel kernel() {
        return kernel;
    }

    /** The pages modules declare, with the permission each needs. */
    public ModulePages modulePages() {
        return modulePages;
    }

    /**
     * True while the installation has no cooperative yet. Once one exists it never becomes true again, so
     * the kernel is not asked on every request after that.
     */
    public boolean setupNeeded() {
        if (setupDone) {
            return false;
        }
        boolean needed = kernel.setup().needed();
        setupDone = !needed;
        return needed;
    }

    @Override
    public Class<? extends Page> getHomePage() {
        return HomePage.class;
    }

    @Override
    public Session newSession(Request request, Response response) {
        return new EssaimSession(request);
    }

    @Override
    protected void init() {
        super.init();
        getApplicationSettings().setClassResolver(new ModuleClassResolver(kernel.modules(), getClass().getClassLoader()));
        try {
            Files.createDirectories(pageStoreFolder);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the page store folder " + pageStoreFolder + ": " + e.getMessage(), e);
        }
        // never java.io.tmpdir: the data folder is what an administrator backs up and cleans
        getStoreSettings().setFileStoreFolder(pageStoreFolder.toFile());
        readPropertiesAsUtf8();
        List<IStringResourceLoader> texts = getResourceSettings().getStringResourceLoaders();
        texts.add(new EnglishTextsFallback(texts));
        getMarkupSettings().setStripWicketTags(true);
        getMarkupSettings().setDefaultMarkupEncoding("UTF-8");
        getRequestCycleSettings().setResponseRequestEncoding("UTF-8");

        configureSecurity();
        configureErrors();
        getComponentInstantiationListeners().add(NoControlCharacters.onEveryTextField());

        mountPage("/login", LoginPage.class);
        mountPage("/setup", SetupPage.class);
        mountPage("/modules", ModulesPage.class);
        mountPage("/forbidden", ForbiddenPage.class);
        mountPage("/not-found", NotFoundPage.class);
        mountPage("/error", InternalErrorPage.class);
        CorePages.PAGES.forEach(p -> mountPage(p.path(), p.pageClass()));
        mountResource(PeopleCsvResource.PATH, PeopleCsvResource.REFERENCE);
        mountResource(ActivitiesCsvResource.PATH, ActivitiesCsvResource.REFERENCE);
        for (LedgerReport report : LedgerReport.values()) {
            mountResource(report.csvPath(), LedgerCsvResource.reference(report));
        }
        mountResource(LetteringView.CSV_PATH, LetteringCsvResource.REFERENCE);
        mountResource(PersonalDataResource.PATH, PersonalDataResource.REFERENCE);
        mountResource(CooperativeLogoResource.PATH, CooperativeLogoResource.REFERENCE);
        mountResource(ActivityLogoResource.PATH, ActivityLogoResource.REFERENCE);
        setRootRequestMapper(new NotFoundFallbackMapper(getRootRequestMapperAsCompound()));

        modulePages = new ModulePages(this, kernel.modules());
        modulePages.attach();
    }

    @Override
    protected void onDestroy() {
        if (modulePages != null) {
            modulePages.detach();
        }
        super.onDestroy();
    }

    /**
     * Java 9+ reads {@code .properties} resource bundles as UTF-8, and the menu reads module bundles that way;
     * Wicket's default reads them as ISO-8859-1. One encoding for every translation file avoids mojibake in
     * French labels.
     */
    private void readPropertiesAsUtf8() {
        if (getResourceSettings().getPropertiesFactory() instanceof PropertiesFactory factory) {
            List<IPropertiesLoader> loaders = factory.getPropertiesLoaders();
            loaders.replaceAll(l -> l instanceof IsoPropertiesFilePropertiesLoader
                    ? new UtfPropertiesFilePropertiesLoader("properties", "utf-8") : l);
        }
    }

    private void configureSecurity() {
        PageAccessGuard guard = new PageAccessGuard();
        getSecuritySettings().setAuthorizationStrategy(guard);
        getSecuritySettings().setUnauthorizedComponentInstantiationListener(guard);
        // mounted pages only answer at their mount path, not at /wicket/bookmarkable/<class name>
        getSecuritySettings().setEnforceMounts(true);
        getRequestCycleListeners().add(guard);

        // Wicket 10.8.0's FetchMetadataResourceIsolationPolicy lets cross-site top-level GET navigations
        // invoke listeners (CVE-2026-71378); SameOriginPolicy accepts only same-origin or user-initiated requests.
        getRequestCycleListeners().add(new ResourceIsolationRequestCycleListener(
                new SameOriginPolicy(), new OriginResourceIsolationPolicy()));
        getRequestCycleListeners().add(new HttpHardening());

        // Wicket's own nonce-based CSP header goes on the first response only: with the default
        // redirect-to-buffer strategy the page is then served from the buffer without it, so the policy would
        // not apply to the page the user sees. HttpHardening sends one static policy on every response
        // instead: scripts and styles only from our origin, nothing inline, no framing.
        getCspSettings().blocking().disabled();
    }

    private void configureErrors() {
        getApplicationSettings().setAccessDeniedPage(ForbiddenPage.class);
        getApplicationSettings().setInternalErrorPage(InternalErrorPage.class);
        getApplicationSettings().setPageExpiredErrorPage(HomePage.class);
        getExceptionSettings().setUnexpectedExceptionDisplay(ExceptionSettings.SHOW_INTERNAL_ERROR_PAGE);
        getRequestCycleListeners().add(new ErrorHandling());
    }
}
