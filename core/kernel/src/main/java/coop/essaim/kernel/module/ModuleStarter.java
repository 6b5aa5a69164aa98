package coop.essaim.kernel.module;

import coop.essaim.api.dashboard.DashboardWidget;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.event.DomainEventListener;
import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.module.ModuleLifecycle;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.persistence.PersistenceContribution;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.settings.SettingsContribution;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.PageContribution;
import coop.essaim.kernel.host.ModuleSource;
import coop.essaim.kernel.migration.MigrationRunner;
import coop.essaim.kernel.persistence.ConnectionBudget;
import coop.essaim.kernel.persistence.JpaModuleStore;
import coop.essaim.kernel.persistence.PersistenceUnits;
import jakarta.persistence.EntityManagerFactory;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of a module's start, in the order the API promises: persistence (migrations, then the unit),
 * the extensions, then {@code ModuleLifecycle.start}. Anything that fails closes what was built and
 * throws; nothing is published here, the registry does that once the module started.
 */
public final class ModuleStarter {

    /** The extension points of the core API, read (and so checked) when a module starts. */
    static final List<Class<?>> CORE_POINTS = List.of(PageContribution.class, PermissionContribution.class,
            PersistenceContribution.class, SettingsContribution.class, DashboardWidget.class,
            DomainEventListener.class, DemoData.class, ModuleLifecycle.class, ApiContribution.class);

    private final DataSource dataSource;
    private final DataSource sequencing;
    private final MigrationRunner migrations;
    private final ServiceDirectory services;
    private final ConnectionBudget budget;

    /**
     * {@code sequencing}: where the units draw new ids ({@code Database.sequencing()}); {@code budget}: shared by
     * every module's store (see {@link ConnectionBudget}).
     */
    public ModuleStarter(DataSource dataSource, DataSource sequencing, MigrationRunner migrations,
                         ServiceDirectory services, ConnectionBudget budget) {
        this.dataSource = dataSource;
        this.sequencing = sequencing;
        this.migrations = migrations;
        this.services = services;
        this.budget = budget;
    }

    RunningModule start(ModuleSource source, ModuleDescriptor d) {
        KernelModuleContext context = new KernelModuleContext(d, services);
        Map<Class<?>, List<?>> found = new LinkedHashMap<>();
        List<PersistenceContribution> persistence =
                ServiceFiles.instantiate(PersistenceContribution.class, source, context);
        found.put(PersistenceContribution.class, List.copyOf(persistence));
        if (persistence.size() > 1) {
            throw new ModuleStartException("more than one PersistenceContribution: list one that names all the "
                    + "entities and the migration folder");
        }
        EntityManagerFactory unit = null;
        if (!persistence.isEmpty()) {
            PersistenceContribution p = persistence.get(0);
            if (p.migrationFolder() != null && !p.migrationFolder().isBlank()) {
                migrations.migrate(d.id(), source, p.migrationFolder());
            }
            List<String> entities = p.entityClassNames() == null ? List.of() : p.entityClassNames();
            if (!entities.isEmpty()) {
                unit = PersistenceUnits.create(d.id(), source.classLoader(), dataSource, sequencing, entities);
                context.store(new JpaModuleStore(unit, budget));
            }
        }
        try {
            return startWith(source, d, context, unit, found);
        } catch (RuntimeException | LinkageError e) {
            if (unit != null) {
                unit.close();
            }
            throw e;
        }
    }

    /** The core: its migrations ran and its unit was built before the core services existed. */
    RunningModule startCore(ModuleSource source, ModuleDescriptor d, ModuleStore coreStore) {
        KernelModuleContext context = new KernelModuleContext(d, services);
        context.store(coreStore);
        return startWith(source, d, context, null, new LinkedHashMap<>());
    }

    private RunningModule startWith(ModuleSource source, ModuleDescriptor d, KernelModuleContext context,
                                    EntityManagerFactory unit, Map<Class<?>, List<?>> found) {
        for (Class<?> point : CORE_POINTS) {
            if (!found.containsKey(point)) {
                found.put(point, List.copyOf(ServiceFiles.instantiate(point, source, context)));
            }
        }
        @SuppressWarnings("unchecked")
        List<ModuleLifecycle> hooks = (List<ModuleLifecycle>) found.get(ModuleLifecycle.class);
        if (hooks.size() > 1) {
            throw new ModuleStartException("more than one ModuleLifecycle: a module has at most one");
        }
        ModuleLifecycle hook = hooks.isEmpty() ? null : hooks.get(0);
        if (hook != null) {
            try {
                hook.start(context);
            } catch (Exception | LinkageError e) {
                throw new ModuleStartException("ModuleLifecycle.start failed: " + Failures.describe(e), e);
            }
        }
        return new RunningModule(source, d, context, unit, hook, found);
    }
}
