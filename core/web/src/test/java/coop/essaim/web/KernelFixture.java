package coop.essaim.web;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.KernelBootstrap;
import coop.essaim.kernel.demo.DemoLogin;
import coop.essaim.kernel.host.ClasspathModuleSource;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.persistence.Dialect;
import coop.essaim.kernel.testing.TestDatabase;
import coop.essaim.web.internal.security.EssaimSession;
import coop.essaim.web.internal.pages.HomePage;
import coop.essaim.web.internal.pages.LoginPage;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real kernel on a throwaway database ({@link TestDatabase}: Derby in a temporary folder, or a fresh PostgreSQL
 * schema when the build asks for it), optionally with the demo cooperative (one user per core role), and helpers
 * to drive the web application on it.
 */
public final class KernelFixture implements AutoCloseable {

    public static final String TEST_MODULE = "testmod";

    private final TestDatabase database;
    private final Kernel kernel;
    private final Path data;

    private KernelFixture(Path folder, boolean demo) {
        Path home = folder.resolve("home");
        data = folder.resolve("data");
        database = TestDatabase.create(folder);
        if (database.dialect() == Dialect.POSTGRESQL) {      // Derby: the kernel's own default, in the same folder
            database.writeConfig(home);
        }
        kernel = KernelBootstrap.start(new HostEnvironment(home, data, "test", demo));
        if (demo) {
            kernel.ensureDemo();
        }
    }

    /** An installation with the demo cooperative. */
    public static KernelFixture withDemo(Path folder) {
        return new KernelFixture(folder, true);
    }

    /** An empty installation: the first-run setup is needed. */
    public static KernelFixture empty(Path folder) {
        return new KernelFixture(folder, false);
    }

    public Kernel kernel() {
        return kernel;
    }

    public BrowserTester tester() {
        return new BrowserTester(new EssaimWebApplication(kernel, data.resolve("pagestore")));
    }

    public static DemoLogin demo(String role) {
        List<DemoLogin> logins = coop.essaim.kernel.demo.DemoCooperative.logins();
        return logins.stream().filter(l -> l.role().equals(role)).findFirst().orElseThrow();
    }

    /** Logs in through the real login page, as a person would. */
    public static void logIn(WicketTester tester, String role) {
        DemoLogin login = demo(role);
        tester.startPage(LoginPage.class);
        submitLogin(tester, login.login(), login.password());
        tester.assertRenderedPage(HomePage.class);
        assertEquals(login.login(), EssaimSession.get().user().orElseThrow().login());
    }

    /** Fills in and submits the login form of the page last rendered, whatever the outcome. */
    public static void submitLogin(WicketTester tester, String login, String password) {
        FormTester form = tester.newFormTester("form");
        form.setValue("login", login);
        form.setValue("password", password);
        form.submit();
    }

    /** Installs the module of {@code coop.essaim.web.testmodule} (its services files under /testmodule). */
    public void installTestModule() {
        kernel.modules().install(ClasspathModuleSource.of(testDescriptor(), KernelFixture.class.getClassLoader(),
                testModuleRoot()));
    }

    public void uninstallTestModule() {
        kernel.modules().uninstall(testModuleRoot().toString());
    }

    static ModuleDescriptor testDescriptor() {
        return new ModuleDescriptor(TEST_MODULE, "1.0.0", "Module de test", ">=0.1.0", List.of(),
                "coop.essaim.web.testmodule.messages");
    }

    static Path testModuleRoot() {
        try {
            return Path.of(KernelFixture.class.getResource("/testmodule").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        kernel.close();
        database.close();
    }
}
