package coop.essaim.itest;

import coop.essaim.kernel.Kernel;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

import javax.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** Every bundle the launcher ships resolves and is ACTIVE (fragments RESOLVED) in the assembled runtime. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RuntimeBundlesIT {

    @Inject
    private BundleContext context;

    /** Injected once the bridge has started the kernel: the runtime got that far. */
    @Inject
    private Kernel kernel;

    @Configuration
    public Option[] config() {
        return EssaimRuntime.options(RuntimeBundlesIT.class);
    }

    @Test
    public void everyRuntimeBundleIsActiveAndFragmentsResolved() {
        List<Path> jars = EssaimRuntime.jars(Path.of(context.getProperty(EssaimRuntime.RUNTIME_BUNDLES)));
        List<String> wrong = new ArrayList<>();
        for (Path jar : jars) {
            Bundle b = context.getBundle(jar.toUri().toString());
            assertNotNull(jar.getFileName() + " is installed", b);
            boolean fragment = b.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (b.getState() != expected) {
                wrong.add(b.getSymbolicName() + " (" + jar.getFileName() + ") state " + b.getState());
            }
        }
        assertEquals("bundles not active: " + wrong, List.of(), wrong);
        assertTrue("the runtime has its essential bundles: " + jars, jars.size() >= 30);
    }

    @Test
    public void noBundleOfTheFrameworkIsLeftUnresolved() {
        for (Bundle b : context.getBundles()) {
            boolean fragment = b.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
            assertEquals(b.getSymbolicName() + " " + b.getLocation(), fragment ? Bundle.RESOLVED : Bundle.ACTIVE, b.getState());
        }
    }

    @Test
    public void theKernelRunsInTheOsgiHost() {
        assertEquals("osgi", kernel.environment().hostName());
        assertTrue(kernel.modules().isStarted("core"));
    }
}
