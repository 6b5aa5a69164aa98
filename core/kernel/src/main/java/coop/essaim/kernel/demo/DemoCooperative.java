package coop.essaim.kernel.demo;

import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoCountry;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.cooperative.CooperativeEntity;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import coop.essaim.kernel.security.PasswordHasher;
import coop.essaim.kernel.setup.KernelFirstRunSetup;
import coop.essaim.kernel.user.UserAccountEntity;
import coop.essaim.kernel.user.UserRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo cooperative ("Coopérative Essaim Démo" in Lyon, or the {@link DemoCountry} of the country asked for
 * with {@code --country}) and its users, one per core role and a second adviser, with public
 * passwords. This is the only code that creates those passwords, and it does so only in an installation
 * started in demo mode ({@link HostEnvironment#demo()}) that has no cooperative yet; once the demo
 * cooperative exists nothing is changed again. The core's part is the cooperative and its users, then its
 * population ({@link DemoPeople}: sites, advisers, members, activities) through the people services. After it,
 * every started module's
 * {@link DemoData} runs, by {@link DemoData#order()} then module id; a failing one is logged and skipped.
 */
public final class DemoCooperative {

    public static final String LEGAL_NAME = "Coopérative Essaim Démo";
    public static final String SHORT_NAME = "Essaim Démo";
    /** Stable names tests and documentation refer to: role, login, display name, password. */
    public static final List<DemoUser> USERS = List.of(
            new DemoUser(CoreRoles.ADMINISTRATOR, "admin", "Sophie Garnier", "essaim-admin-demo"),
            new DemoUser(CoreRoles.ADVISER, "conseil", "Karim Benali", "essaim-conseil-demo"),
            new DemoUser(CoreRoles.ADVISER, DemoPeople.SECOND_ADVISER_LOGIN, "Nadia Haddad", "essaim-nadia-demo"),
            new DemoUser(CoreRoles.ACCOUNTANT, "compta", "Lucie Moreau", "essaim-compta-demo"),
            new DemoUser(CoreRoles.ENTREPRENEUR, "jeanne", "Jeanne Martin", "essaim-jeanne-demo"),
            new DemoUser(CoreRoles.BOARD_MEMBER, "elu", "Élise Fontaine", "essaim-elu-demo"));
    private static final Logger LOG = LoggerFactory.getLogger(DemoCooperative.class);

    private final ModuleStore store;
    private final KernelFirstRunSetup setup;
    private final UserRecords users;
    private final KernelAuditTrail audit;
    private final ModuleRegistry registry;
    private final PasswordHasher hasher;
    private final HostEnvironment env;
    private final Clock clock;
    private final People people;
    private final Activities activities;

    public DemoCooperative(ModuleStore store, KernelFirstRunSetup setup, UserRecords users, KernelAuditTrail audit,
                           ModuleRegistry registry, PasswordHasher hasher, HostEnvironment env, Clock clock,
                           People people, Activities activities) {
        this.store = store;
        this.setup = setup;
        this.users = users;
        this.audit = audit;
        this.registry = registry;
        this.hasher = hasher;
        this.env = env;
        this.clock = clock;
        this.people = people;
        this.activities = activities;
    }

    public static List<DemoLogin> logins() {
        return USERS.stream().map(u -> new DemoLogin(u.role(), u.login(), u.password())).toList();
    }

    /**
     * Creates the demo cooperative when the installation is empty and returns the demo logins; returns them
     * unchanged when the demo cooperative exists; returns none when another cooperative exists (a real
     * installation never receives accounts with public passwords).
     */
    public synchronized List<DemoLogin> ensureDemo() {
        if (!env.demo()) {
            throw new IllegalStateException("the demo cooperative is only created in an installation started in demo mode");
        }
        DemoCountry country = country(env.demoCountry());
        long demo = store.read(em -> em.createQuery("select count(c) from Cooperative c where c.legalName = :name",
                Long.class).setParameter("name", country.legalName()).getSingleResult());
        if (demo > 0) {
            return logins();
        }
        if (!setup.needed()) {
            LOG.warn("this installation already has a cooperative: no demo cooperative or demo users are created");
            return List.of();
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        USERS.forEach(u -> hashes.put(u.login(), hasher.hash(u.password().toCharArray())));
        Instant now = clock.instant();
        Map<String, Long> userIds = new LinkedHashMap<>();
        long cooperativeId = store.inTransaction(em -> {
            CooperativeEntity coop = setup.found(em, new NewCooperative(country.legalName(), country.shortName(),
                    country.legalForm(), country.country(), country.currency(), 1, country.language()), "demo", now);
            for (DemoUser u : USERS) {
                UserAccountEntity user = users.insert(em, coop.getId(), u.login(), u.displayName(),
                        u.login() + "@essaim-demo.example", country.language(), Set.of(u.role()),
                        hashes.get(u.login()), now, "demo");
                userIds.put(u.login(), user.getId());
            }
            audit.append(em, coop.getId(), null, "demo", "core.demo.created", "cooperative:" + coop.getId(),
                    "demo users " + USERS.stream().map(DemoUser::login).toList());
            return coop.getId();
        });
        setup.publishCreated(cooperativeId, null, now);
        CoreDemoContext context = new CoreDemoContext(cooperativeId, country.country(), userIds, users, store);
        loadPopulation(context, country);
        loadModules(context);
        return logins();
    }

    /**
     * A failure here is a bug of the demo data, not of the installation: it is logged and the demo cooperative
     * and its users stay usable, as with a module's demo data.
     */
    private void loadPopulation(CoreDemoContext context, DemoCountry country) {
        try {
            new DemoPeople(people, activities, country.sites()).load(context.actingAs(CoreRoles.ADMINISTRATOR),
                    context.userIds().get("conseil"), context.userIds().get(DemoPeople.SECOND_ADVISER_LOGIN),
                    context.userIds().get("jeanne"));
        } catch (RuntimeException e) {
            LOG.error("the demo population failed to load; the demo cooperative and its users are still created", e);
        }
    }

    private void loadModules(DemoContext context) {
        List<Extension<DemoData>> loaders = registry.extensions(DemoData.class).stream()
                .sorted(Comparator.comparingInt((Extension<DemoData> e) -> e.instance().order())
                        .thenComparing(e -> e.module().id()))
                .toList();
        for (Extension<DemoData> ext : loaders) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            try {
                thread.setContextClassLoader(ext.classLoader());
                ext.instance().load(context);
                LOG.info("demo data of module {} loaded", ext.module().id());
            } catch (Exception | LinkageError e) {
                LOG.error("module {}: its demo data failed to load; the other modules' demo data is still loaded",
                        ext.module().id(), e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /**
     * The demo country asked for ({@code --country}, France when absent): a started module's {@link DemoCountry}
     * for it, else, for France, the core's own. A country nobody describes is refused by name.
     */
    private DemoCountry country(String code) {
        String wanted = code == null || code.isBlank() ? "FR" : code.trim().toUpperCase(Locale.ROOT);
        return registry.extensions(DemoCountry.class).stream().map(Extension::instance)
                .filter(c -> wanted.equals(c.country())).findFirst()
                .or(() -> "FR".equals(wanted) ? Optional.of(FrenchDemoCountry.INSTANCE) : Optional.empty())
                .orElseThrow(() -> new IllegalStateException("essaim demo --country " + wanted
                        + ": no started plugin describes a demo cooperative in " + wanted
                        + " (install the country's plugin, such as country-" + wanted.toLowerCase(Locale.ROOT) + ")"));
    }

    /** A demo user: the password is public by design. */
    public record DemoUser(String role, String login, String displayName, String password) {
    }

    /** {@code userIds} by login; acting as a role is acting as the first demo user listed with it. */
    private record CoreDemoContext(long cooperativeId, String country, Map<String, Long> userIds, UserRecords users,
                                   ModuleStore store) implements DemoContext {

        @Override
        public UserContext actingAs(String role) {
            Long id = USERS.stream().filter(u -> u.role().equals(role)).findFirst()
                    .map(u -> userIds.get(u.login())).orElse(null);
            if (id == null) {
                throw new IllegalArgumentException("the demo cooperative has no user with role '" + role + "'");
            }
            return store.read(em -> users.context(em, em.find(UserAccountEntity.class, id)));
        }
    }
}
