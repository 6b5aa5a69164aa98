package coop.essaim.kernel.servicetesting;

import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.CoreEntities;
import coop.essaim.kernel.CoreServices;
import coop.essaim.kernel.KernelBootstrap;
import coop.essaim.kernel.host.ClasspathModuleSource;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.migration.MigrationRunner;
import coop.essaim.kernel.persistence.JpaModuleStore;
import coop.essaim.kernel.persistence.PersistenceUnits;
import coop.essaim.kernel.setup.FirstRunSetup;
import coop.essaim.kernel.cooperative.CooperativeEntity;
import coop.essaim.kernel.security.PasswordHasher;
import coop.essaim.kernel.user.UserRecords;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.kernel.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The core services on a throwaway database (Derby, or PostgreSQL with {@code -Dessaim.test.db.url}): the
 * real core migrations, the real core persistence unit, a hand-fed module registry and a clock the test
 * moves. Passwords are hashed at bcrypt cost 4 unless {@code essaim.password.cost} is set.
 *
 * <p>A test class registers one as a JUnit extension, so it states only what is particular to it:
 * <pre>{@code @RegisterExtension static final CoreFixture f = CoreFixture.withCooperative();}</pre>
 * The database is created and migrated once per class (migrating is the slow part), then emptied and given
 * fresh services before each test; {@link #withCooperative()} also runs the first-run setup, whose
 * administrator is {@link #admin}.
 */
public final class CoreFixture implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    public static final String PASSWORD = "correct-horse-battery";

    static {
        useTestPasswordCost();
    }

    /** bcrypt cost 4 (about 1 ms) unless the run set {@code essaim.password.cost}; call before services are built. */
    public static void useTestPasswordCost() {
        if (System.getProperty("essaim.password.cost") == null) {
            System.setProperty("essaim.password.cost", "4");
        }
    }

    /** Child tables first, so that deleting respects the foreign keys. */
    private static final List<String> TABLES = List.of("API_TOKEN", "USER_ROLE", "ROLE_PERMISSION",
            "COOPERATIVE_SETTING", "CONTRIBUTION_RATE", "MAIL_SENDING_ATTACHMENT", "MAIL_SENDING", "AUDIT_EVENT",
            "USER_ACCOUNT", "COOPERATIVE_IDENTITY", "COOPERATIVE_LOGO",
            // the structure's activity comes with each cooperative
            "ACTIVITY_BRANDING", "ACTIVITY_MEMBER", "ACTIVITY", "COOPERATIVE");

    private final boolean setUpBeforeEach;
    public TestDatabase db;
    public EntityManagerFactory emf;
    public JpaModuleStore store;
    private Path home;
    public FakeModuleRegistry registry;
    public MutableClock clock;
    public CoreServices core;
    /** With {@link #withCooperative()}: the administrator the first-run setup created before this test. */
    public UserContext admin;

    private CoreFixture(boolean setUpBeforeEach) {
        this.setUpBeforeEach = setUpBeforeEach;
    }

    /** As an extension: a migrated database per test class, emptied with fresh services before each test. */
    public static CoreFixture empty() {
        return new CoreFixture(false);
    }

    /** As {@link #empty()}, and each test starts with the cooperative set up and its {@link #admin}. */
    public static CoreFixture withCooperative() {
        return new CoreFixture(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        migrate(Files.createTempDirectory("essaim-core-"));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
        admin = setUpBeforeEach ? setUpCooperative() : null;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void migrate(Path tempDir) {
        home = tempDir;
        db = TestDatabase.create(tempDir);
        ClassLoader loader = CoreServices.class.getClassLoader();
        ModuleDescriptor coreDescriptor = new ModuleDescriptor(KernelBootstrap.CORE_ID, "0.1.0", "Essaim", "*", List.of(), null);
        new MigrationRunner(db.dataSource(), Clock.systemUTC()).migrate(KernelBootstrap.CORE_ID,
                ClasspathModuleSource.of(coreDescriptor, loader, ClasspathModuleSource.rootOf(CoreServices.class)),
                KernelBootstrap.CORE_MIGRATIONS);
        emf = PersistenceUnits.create(KernelBootstrap.CORE_ID, loader, db.dataSource(), db.sequencing(),
                CoreEntities.NAMES);
        store = new JpaModuleStore(emf);
    }

    /** Empties the tables and builds fresh services (fresh login counters, registry and clock), as before each test. */
    public CoreFixture reset() {
        return reset(false);
    }

    /** As {@link #reset()}, on an installation started in demo mode when {@code demo}. */
    public CoreFixture reset(boolean demo) {
        store.run(em -> TABLES.forEach(t -> em.createNativeQuery("DELETE FROM " + t).executeUpdate()));
        registry = new FakeModuleRegistry();
        clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        core = new CoreServices(store, new HostEnvironment(home, home.resolve("data"), "test", demo), registry, clock);
        registry.addListener(core);
        return this;
    }

    public static NewCooperative cooperative() {
        return new NewCooperative("Coopérative Oxalis Test", "Oxalis", "SCOP_SA", "FR", "EUR", 1, "fr");
    }

    public static FirstRunSetup.NewAdministrator administrator() {
        return new FirstRunSetup.NewAdministrator("marie", "Marie Curie", "marie@oxalis.example", PASSWORD.toCharArray());
    }

    /** Runs the first-run setup with valid values; returns the administrator. */
    public UserContext setUpCooperative() {
        return core.setup().createFirstCooperative(cooperative(), administrator());
    }

    /** A user created by {@code admin} with the given roles and {@link #PASSWORD}; returns their context. */
    public UserContext user(UserContext admin, String login, String... roles) {
        long id = core.users().createUser(admin, login, "User " + login, login + "@oxalis.example", "fr",
                Set.of(roles), PASSWORD.toCharArray()).id();
        return core.users().contextOf(id);
    }

    /** A second cooperative (Belgian, English) with its own administrator, as a federation installation has. */
    public UserContext otherCooperative() {
        String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
        UserRecords records = new UserRecords(core.permissions());
        long adminId = store.inTransaction(em -> {
            CooperativeEntity coop = core.setup().found(em, new NewCooperative("Coopérative Autre", "Autre",
                    "SCOP_SARL", "BE", "EUR", 1, "en"), "test", clock.instant());
            return records.insert(em, coop.getId(), "other-admin", "Other Admin", "admin@autre.example", "en",
                    Set.of(CoreRoles.ADMINISTRATOR), hash, clock.instant(), "test").getId();
        });
        return core.users().contextOf(adminId);
    }

    public long rows(String table) {
        return store.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
                .longValue());
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            try {
                db.close();
            } finally {
                delete(home);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the test folder " + dir, e);
        }
    }
}
