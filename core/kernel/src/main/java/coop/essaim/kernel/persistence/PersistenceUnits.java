package coop.essaim.kernel.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.TargetDatabase;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.net.MalformedURLException;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the EclipseLink persistence unit of one module on the shared DataSource. The schema belongs to the
 * migrations, so no DDL is ever generated. The unit is deployed at once (an EntityManager is opened and
 * closed) so that a mapping error fails the module's start rather than its first request.
 */
public final class PersistenceUnits {

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceUnits.class);
    private static final AtomicLong SESSIONS = new AtomicLong();

    private PersistenceUnits() {
    }

    /**
     * @param unitName     the module id
     * @param classLoader  the module's class loader (sees its entities and what it imports)
     * @param sequencing   where new blocks of ids are drawn ({@link Database#sequencing()}; see {@link SeparateSequencing})
     * @param entityClasses fully qualified names of its entities, embeddables and converters; not empty
     * @throws PersistenceUnitException naming the unit and what went wrong
     */
    public static EntityManagerFactory create(String unitName, ClassLoader classLoader, DataSource dataSource,
                                              DataSource sequencing, List<String> entityClasses) {
        if (entityClasses.isEmpty()) {
            throw new PersistenceUnitException(unitName, "no entity classes");
        }
        String weaving = weavingOf(unitName, classLoader, entityClasses);
        URL root = rootUrlOf(unitName, classLoader, entityClasses.get(0));
        ProgrammaticPersistenceUnitInfo info =
                new ProgrammaticPersistenceUnitInfo(unitName, classLoader, dataSource, entityClasses, root);
        Map<String, Object> p = new HashMap<>();
        p.put(PersistenceUnitProperties.WEAVING, weaving);
        p.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        p.put("jakarta.persistence.schema-generation.database.action", "none");
        // EclipseLink keeps sessions in a static map by name: a unique name keeps a unit rebuilt for a
        // reinstalled module (or a test on another database) from picking up an old session
        p.put(PersistenceUnitProperties.SESSION_NAME, unitName + "#" + SESSIONS.incrementAndGet());
        // several nodes may share one PostgreSQL and units read each other's tables with SQL: a shared
        // (second level) cache would serve stale rows, so every EntityManager reads the database
        p.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        p.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        // inserts of one flush go to the database in JDBC batches: a journal import writes hundreds of
        // thousands of rows, one round trip each without it
        p.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        p.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "500");
        p.put(PersistenceUnitProperties.CLASSLOADER, classLoader);
        p.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, new SeparateSequencing(sequencing));
        // named rather than detected at login, which would replace the customizer's platform (SeparateSequencing)
        p.put(PersistenceUnitProperties.TARGET_DATABASE, targetDatabase(unitName, dataSource));
        EntityManagerFactory emf;
        try {
            emf = new PersistenceProvider().createContainerEntityManagerFactory(info, p);
        } catch (RuntimeException e) {
            throw new PersistenceUnitException(unitName, Database.rootMessage(e), e);
        }
        try {
            emf.createEntityManager().close();
        } catch (RuntimeException e) {
            emf.close();
            throw new PersistenceUnitException(unitName, Database.rootMessage(e), e);
        }
        LOG.info("persistence unit {}: {} classes, weaving {}", unitName, entityClasses.size(), weaving);
        return emf;
    }

    private static String targetDatabase(String unitName, DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return Dialect.of(c) == Dialect.POSTGRESQL ? TargetDatabase.PostgreSQL : TargetDatabase.Derby;
        } catch (SQLException e) {
            throw new PersistenceUnitException(unitName, Database.rootMessage(e), e);
        }
    }

    /**
     * "static" when every class was woven at build time, "false" when none was; a mix means a build that
     * went wrong, and running it would make some relations silently eager.
     */
    static String weavingOf(String unitName, ClassLoader loader, List<String> classes) {
        List<String> woven = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String name : classes) {
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new PersistenceUnitException(unitName, "entity class " + name + " not found", e);
            }
            (PersistenceWeaved.class.isAssignableFrom(c) ? woven : plain).add(name);
        }
        if (!woven.isEmpty() && !plain.isEmpty()) {
            throw new PersistenceUnitException(unitName, "entity classes are partly woven (woven: " + woven
                    + ", not woven: " + plain + "): weave all of them at build time or none");
        }
        return woven.isEmpty() ? "false" : "static";
    }

    /** "jar:file:/x/plugin.jar!/", "file:/x/classes/" or "bundle://7.0:1/": where a managed class lives. */
    static URL rootUrlOf(String unitName, ClassLoader loader, String className) {
        String resource = className.replace('.', '/') + ".class";
        URL u = loader.getResource(resource);
        if (u == null) {
            throw new PersistenceUnitException(unitName, "entity class " + className + " not found");
        }
        String s = u.toString();
        try {
            // EclipseLink fails with a NullPointerException on a null root URL; resolving against u keeps
            // u's protocol handler, which a "bundle:" URL needs
            return new URL(u, s.substring(0, s.length() - resource.length()));
        } catch (MalformedURLException e) {
            throw new PersistenceUnitException(unitName, "cannot derive the unit's root from " + s, e);
        }
    }
}
