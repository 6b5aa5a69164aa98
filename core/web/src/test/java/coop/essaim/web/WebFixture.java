package coop.essaim.web;

import coop.essaim.kernel.Kernel;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * JUnit 5 extension for the page tests: a real kernel ({@link KernelFixture}) in a throwaway folder, a new
 * browser ({@link BrowserTester}) for each test, handed to the test method as a parameter, and optionally the
 * test module installed around each test. Register it on a static field with {@code @RegisterExtension}, so
 * that a kernel shared by the class is started before the first test.
 */
public final class WebFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final boolean demo;
    private final boolean kernelPerTest;
    private boolean testModule;

    private Path folder;
    private KernelFixture kernel;
    private BrowserTester browser;
    private boolean moduleInstalled;

    private WebFixture(boolean demo, boolean kernelPerTest) {
        this.demo = demo;
        this.kernelPerTest = kernelPerTest;
    }

    /** One kernel with the demo cooperative for the whole class: the tests must not depend on each other's data. */
    public static WebFixture withDemo() {
        return new WebFixture(true, false);
    }

    /** A new empty installation (the first-run setup is needed) for each test. */
    public static WebFixture emptyForEachTest() {
        return new WebFixture(false, true);
    }

    /** Installs the test module before each test and removes it after (unless the test already did). */
    public WebFixture withTestModule() {
        testModule = true;
        return this;
    }

    public Kernel kernel() {
        return fixture().kernel();
    }

    /** Closes the current browser and opens another: a new visitor, without the previous session. */
    public BrowserTester newBrowser() {
        browser.destroy();
        browser = fixture().tester();
        return browser;
    }

    public void installTestModule() {
        fixture().installTestModule();
        moduleInstalled = true;
    }

    public void uninstallTestModule() {
        moduleInstalled = false;
        fixture().uninstallTestModule();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!kernelPerTest) {
            startKernel();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (kernelPerTest) {
            startKernel();
        }
        browser = fixture().tester();
        if (testModule) {
            installTestModule();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (moduleInstalled) {
                uninstallTestModule();
            }
        } finally {
            try {
                browser.destroy();
                browser = null;
            } finally {
                if (kernelPerTest) {
                    stopKernel();
                }
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (!kernelPerTest) {
            stopKernel();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserTester.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser;
    }

    private KernelFixture fixture() {
        if (kernel == null) {
            throw new IllegalStateException("no kernel: register the WebFixture on a static field");
        }
        return kernel;
    }

    private void startKernel() throws IOException {
        folder = Files.createTempDirectory("essaim-web-test");
        kernel = demo ? KernelFixture.withDemo(folder) : KernelFixture.empty(folder);
    }

    private void stopKernel() throws IOException {
        try {
            kernel.close();
        } finally {
            kernel = null;
            deleteFolder();
        }
    }

    private void deleteFolder() throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
        folder = null;
    }
}
