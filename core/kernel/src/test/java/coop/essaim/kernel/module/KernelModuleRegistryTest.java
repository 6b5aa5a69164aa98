package coop.essaim.kernel.module;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.module.ModuleLifecycle;
import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.api.persistence.PersistenceContribution;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.kernel.host.ClasspathModuleSource;
import coop.essaim.kernel.migration.MigrationRunner;
import coop.essaim.kernel.persistence.ConnectionBudget;
import coop.essaim.kernel.testing.ModuleJar;
import coop.essaim.kernel.testing.ModuleJarBuilder;
import coop.essaim.kernel.testing.Probe;
import coop.essaim.kernel.testing.TestDatabase;
import coop.essaim.testmodules.notes.NoteEntity;
import coop.essaim.testmodules.notes.NotesLifecycle;
import coop.essaim.testmodules.notes.NotesPersistence;
import coop.essaim.testmodules.sample.CountingLifecycle;
import coop.essaim.testmodules.sample.FailingLifecycle;
import coop.essaim.testmodules.sample.SamplePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelModuleRegistryTest {

    @TempDir
    Path temp;
    private TestDatabase db;
    private KernelModuleRegistry registry;
    private final List<ModuleJar> jars = new ArrayList<>();
    private final List<String> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        Probe.EVENTS.clear();
        db = TestDatabase.create(temp);
        ServiceDirectory services = new ServiceDirectory();
        services.register(Clock.class, Clock.systemUTC());
        registry = new KernelModuleRegistry("0.1.0", new ModuleStarter(db.dataSource(), db.sequencing(),
                new MigrationRunner(db.dataSource(), Clock.systemUTC()), services, ConnectionBudget.unbounded()), Clock.systemUTC());
        registry.addListener(new ModuleListener() {
            @Override public void started(ModuleDescriptor m) { told.add("started:" + m.id()); }
            @Override public void stopped(ModuleDescriptor m) { told.add("stopped:" + m.id()); }
        });
        Path coreRoot = Files.createDirectories(temp.resolve("core"));
        registry.installCore(ClasspathModuleSource.of(new ModuleDescriptor("core", "0.1.0", "Essaim", null, null, null),
                getClass().getClassLoader(), coreRoot), null);
    }

    @AfterEach
    void tearDown() {
        registry.close();
        jars.forEach(ModuleJar::close);
        db.close();
    }

    private ModuleJar jar(String file, ModuleJarBuilder builder) {
        ModuleJar j = builder.open(temp.resolve(file));
        jars.add(j);
        return j;
    }

    private ModuleJar simple(String id, String version) {
        return jar(id + "-" + version + ".jar", ModuleJarBuilder.module(id, version)
                .service(ModuleLifecycle.class, CountingLifecycle.class)
                .service(PermissionContribution.class, SamplePermissions.class));
    }

    private ModuleStatus status(String id) {
        return registry.module(id).orElseThrow();
    }

    private List<String> permissionCodes() {
        return registry.extensions(PermissionContribution.class).stream()
                .flatMap(e -> e.instance().permissions().stream()).map(p -> p.code()).toList();
    }

    @Test
    void theCoreComesFirstAndIsStarted() {
        ModuleStatus core = registry.modules().get(0);
        assertEquals("core", core.id());
        assertTrue(core.core());
        assertEquals(ModuleState.STARTED, core.state());
        assertEquals(List.of("started:core"), told);
    }

    @Test
    void aModuleForAnotherCoreIsIncompatible() {
        registry.install(jar("future.jar", ModuleJarBuilder.module("future", "1.0.0").requires(">=0.2.0")
                .service(ModuleLifecycle.class, CountingLifecycle.class)).source());
        ModuleStatus s = status("future");
        assertEquals(ModuleState.INCOMPATIBLE, s.state());
        assertEquals("requires core >=0.2.0, this core is 0.1.0", s.reason());
        assertEquals(List.of(), Probe.EVENTS, "never started");
    }

    @Test
    void waitsForADependencyStartsWhenItArrivesAndWaitsAgainWhenItGoes() {
        ModuleJar beta = jar("beta.jar", ModuleJarBuilder.module("beta", "1.0.0").dependencies("alpha@>=1.0.0, extra?")
                .service(ModuleLifecycle.class, CountingLifecycle.class)
                .service(PermissionContribution.class, SamplePermissions.class));
        registry.install(beta.source());
        assertEquals(ModuleState.WAITING_FOR_DEPENDENCY, status("beta").state());
        assertEquals("waiting for alpha >=1.0.0", status("beta").reason());

        ModuleJar alpha = simple("alpha", "1.1.0");
        registry.install(alpha.source());
        assertEquals(ModuleState.STARTED, status("alpha").state());
        assertEquals(ModuleState.STARTED, status("beta").state());
        assertEquals(List.of("start:alpha", "start:beta"), Probe.EVENTS);
        assertEquals(List.of("alpha.read", "beta.read"), permissionCodes());

        registry.uninstall(alpha.source().location());
        assertTrue(registry.module("alpha").isEmpty());
        assertEquals(ModuleState.WAITING_FOR_DEPENDENCY, status("beta").state());
        assertEquals("waiting for alpha >=1.0.0", status("beta").reason());
        assertEquals(List.of("start:alpha", "start:beta", "stop:beta", "stop:alpha"), Probe.EVENTS,
                "the dependent stops first");
        assertEquals(List.of(), permissionCodes());

        registry.install(simple("alpha", "0.9.0").source());
        assertEquals("waiting for alpha >=1.0.0 (found 0.9.0)", status("beta").reason());
        assertEquals(List.of("started:core", "started:alpha", "started:beta", "stopped:beta", "stopped:alpha", "started:alpha"), told);
    }

    @Test
    void aFailingStartMarksOnlyThatModuleFailed() {
        registry.install(jar("bad.jar", ModuleJarBuilder.module("bad", "1.0.0")
                .service(ModuleLifecycle.class, FailingLifecycle.class)
                .service(PermissionContribution.class, SamplePermissions.class)).source());
        registry.install(simple("good", "1.0.0").source());

        assertEquals(ModuleState.FAILED, status("bad").state());
        assertEquals("ModuleLifecycle.start failed: no licence key configured", status("bad").reason());
        assertEquals(ModuleState.STARTED, status("good").state());
        assertEquals(List.of("good.read"), permissionCodes(), "nothing of the failed module is published");
        assertFalse(told.contains("started:bad"));
    }

    @Test
    void extensionsGetTheirContextAndUninstallUnpublishesThem() {
        ModuleJar good = simple("good", "1.0.0");
        registry.install(good.source());
        List<Extension<PermissionContribution>> ext = registry.extensions(PermissionContribution.class);
        assertEquals(1, ext.size());
        assertEquals(List.of("good.read"), permissionCodes(), "built with its ModuleContext, not the no-arg constructor");
        assertEquals(good.classLoader(), ext.get(0).classLoader());
        assertTrue(registry.classLoaders().contains(good.classLoader()));
        assertEquals("good", ext.get(0).module().id());
        assertEquals("good", registry.context("good").orElseThrow().descriptor().id(),
                "pages of the module reach it through its context");

        registry.uninstall(good.source().location());
        assertTrue(registry.context("good").isEmpty());
        assertEquals(List.of(), registry.extensions(PermissionContribution.class));
        assertFalse(registry.classLoaders().contains(good.classLoader()));
        assertEquals(List.of("started:core", "started:good", "stopped:good"), told);
        assertEquals(List.of("start:good", "stop:good"), Probe.EVENTS);
    }

    @Test
    void aSecondModuleWithTheSameIdIsRefusedUntilTheFirstLeaves() {
        ModuleJar first = simple("good", "1.0.0");
        ModuleJar second = jar("good-copy.jar", ModuleJarBuilder.module("good", "1.0.1")
                .service(ModuleLifecycle.class, CountingLifecycle.class));
        registry.install(first.source());
        registry.install(second.source());
        ModuleStatus refused = registry.modules().stream()
                .filter(s -> s.source().equals(second.source().location())).findFirst().orElseThrow();
        assertEquals(ModuleState.FAILED, refused.state());
        assertEquals("module good already installed from " + first.source().location(), refused.reason());
        assertEquals("1.0.0", status("good").descriptor().version());

        registry.uninstall(first.source().location());
        assertEquals(ModuleState.STARTED, status("good").state());
        assertEquals("1.0.1", status("good").descriptor().version());
    }

    @Test
    void installingTheSameLocationAgainReplacesTheModule() {
        ModuleJar good = simple("good", "1.0.0");
        registry.install(good.source());
        registry.install(good.source());
        assertEquals(List.of("start:good", "stop:good", "start:good"), Probe.EVENTS);
        assertEquals(2, registry.modules().size());
    }

    @Test
    void unreadableJarsAreReportedAndForgotten() throws Exception {
        registry.reportUnreadable("broken.jar", "zip END header not found");
        ModuleStatus s = status("broken.jar");
        assertEquals(ModuleState.FAILED, s.state());
        assertNull(s.descriptor());
        assertEquals("zip END header not found", s.reason());
        registry.forgetUnreadable("broken.jar");
        assertTrue(registry.module("broken.jar").isEmpty());

        Path noModule = temp.resolve("library.jar");
        ModuleJarBuilder.empty().header("Bundle-Name", "a library").build(noModule);
        registry.install(ClasspathModuleSource.fromManifest(getClass().getClassLoader(), noModule));
        s = status(noModule.toString());
        assertEquals(ModuleState.FAILED, s.state());
        assertEquals("cannot read the module descriptor: manifest has no Plugin-Id header", s.reason());
    }

    @Test
    void aListedClassThatIsNotInTheJarFailsTheModule() {
        registry.install(jar("hollow.jar", ModuleJarBuilder.module("hollow", "1.0.0")
                .serviceName(PermissionContribution.class, "coop.essaim.hollow.Missing")).source());
        assertEquals(ModuleState.FAILED, status("hollow").state());
        assertEquals("extension coop.essaim.hollow.Missing (PermissionContribution): class not found in the module",
                status("hollow").reason());
    }

    @Test
    void aModuleWithEntitiesIsMigratedAndGetsItsStoreBeforeStart() throws Exception {
        ModuleJar notes = jar("notes.jar", ModuleJarBuilder.module("notes", "1.0.0").addClass(NoteEntity.class)
                .service(PersistenceContribution.class, NotesPersistence.class)
                .service(ModuleLifecycle.class, NotesLifecycle.class)
                .copyResource(NotesPersistence.FOLDER + "/V202601010900__notes.sql"));
        registry.install(notes.source());
        assertEquals(ModuleState.STARTED, status("notes").state(), status("notes").reason());
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT BODY FROM TNOTE_NOTE")) {
            assertTrue(rs.next());
            assertEquals("written at start", rs.getString(1));
        }
        registry.uninstall(notes.source().location());
        assertEquals(List.of("stop:notes"), Probe.EVENTS);
    }

    @Test
    void aFailedMigrationFailsTheModuleWithTheFileName() {
        registry.install(jar("notes.jar", ModuleJarBuilder.module("notes", "1.0.0").addClass(NoteEntity.class)
                .service(PersistenceContribution.class, NotesPersistence.class)
                .resource(NotesPersistence.FOLDER + "/V202601010900__notes.sql", "CREATE TABLE;")).source());
        ModuleStatus s = status("notes");
        assertEquals(ModuleState.FAILED, s.state());
        assertTrue(s.reason().startsWith("module notes: migration V202601010900__notes.sql failed at statement 1"),
                s.reason());
    }
}
