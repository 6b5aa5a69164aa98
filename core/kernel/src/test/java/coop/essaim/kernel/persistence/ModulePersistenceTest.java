package coop.essaim.kernel.persistence;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.kernel.CoreEntities;
import coop.essaim.kernel.migration.MigrationRunner;
import coop.essaim.kernel.testing.ModuleJar;
import coop.essaim.kernel.testing.ModuleJarBuilder;
import coop.essaim.kernel.testing.TestDatabase;
import coop.essaim.testmodules.broken.NoIdEntity;
import coop.essaim.testmodules.notes.NoteEntity;
import coop.essaim.testmodules.notes.NotesPersistence;
import coop.essaim.kernel.host.ClasspathModuleSource;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module's unit over its own jar: entity and migration from src/test, loaded as a host would. */
class ModulePersistenceTest {

    @TempDir
    Path temp;
    private TestDatabase db;
    private ModuleJar jar;
    private EntityManagerFactory emf;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create(temp);
        jar = ModuleJarBuilder.module("notes", "1.0.0").addClass(NoteEntity.class).addClass(NotesPersistence.class)
                .copyResource(NotesPersistence.FOLDER + "/V202601010900__notes.sql")
                .open(temp.resolve("notes.jar"));
        new MigrationRunner(db.dataSource(), Clock.systemUTC()).migrate("notes", jar.source(), NotesPersistence.FOLDER);
        emf = PersistenceUnits.create("notes", jar.classLoader(), db.dataSource(), db.sequencing(),
                List.of(NoteEntity.class.getName()));
    }

    @AfterEach
    void tearDown() {
        if (emf != null && emf.isOpen()) {
            emf.close();
        }
        jar.close();
        db.close();
    }

    @Test
    void theEntityComesFromTheModuleJarAndIsNotWoven() throws Exception {
        Class<?> fromJar = Class.forName(NoteEntity.class.getName(), false, jar.classLoader());
        assertNotSame(NoteEntity.class, fromJar, "the jar's own copy, as in a plugin class loader");
        assertEquals("false", PersistenceUnits.weavingOf("notes", jar.classLoader(), List.of(fromJar.getName())));
        assertTrue(PersistenceUnits.rootUrlOf("notes", jar.classLoader(), fromJar.getName()).toString()
                .endsWith("notes.jar!/"));
    }

    @Test
    void storeCommitsReadsAndRollsBack() throws Exception {
        ModuleStore store = new JpaModuleStore(emf);
        Class<?> note = Class.forName(NoteEntity.class.getName(), true, jar.classLoader());
        Object first = note.getConstructor(long.class, long.class, String.class).newInstance(1L, 7L, "hello");
        store.run(em -> em.persist(first));

        IllegalStateException boom = new IllegalStateException("boom");
        Object second = note.getConstructor(long.class, long.class, String.class).newInstance(2L, 7L, "lost");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.run(em -> {
            em.persist(second);
            em.flush();
            throw boom;
        }));
        assertSame(boom, thrown, "rethrown unchanged");

        Object third = note.getConstructor(long.class, long.class, String.class).newInstance(3L, 7L, "read only");
        store.read(em -> {
            em.persist(third);
            em.flush();
            return null;
        });

        assertEquals(List.of("hello"), store.read(em -> em.createQuery("select n.body from NoteEntity n order by n.id",
                String.class).getResultList()));
    }

    @Test
    void aNestedCallJoinsTheOuterTransaction() throws Exception {
        ModuleStore store = new JpaModuleStore(emf);
        Class<?> note = Class.forName(NoteEntity.class.getName(), true, jar.classLoader());
        Object a = note.getConstructor(long.class, long.class, String.class).newInstance(1L, 7L, "outer");
        Object b = note.getConstructor(long.class, long.class, String.class).newInstance(2L, 7L, "inner");
        assertThrows(jakarta.persistence.RollbackException.class, () -> store.run(em -> {
            em.persist(a);
            try {
                store.run(inner -> {
                    inner.persist(b);
                    throw new IllegalArgumentException("inner fails");
                });
            } catch (IllegalArgumentException swallowed) {
                // the outer work goes on, but the transaction must not commit half of it
            }
        }));
        long left = store.read(em -> em.createQuery("select count(n) from NoteEntity n", Long.class)
                .getSingleResult());
        assertEquals(0L, left);
    }

    @Test
    void aMappingErrorFailsAtCreation() {
        try (ModuleJar broken = ModuleJarBuilder.module("broken", "1.0.0").addClass(NoIdEntity.class)
                .open(temp.resolve("broken.jar"))) {
            PersistenceUnitException e = assertThrows(PersistenceUnitException.class, () -> PersistenceUnits.create(
                    "broken", broken.classLoader(), db.dataSource(), db.sequencing(), List.of(NoIdEntity.class.getName())));
            assertTrue(e.getMessage().startsWith("persistence unit broken: "), e.getMessage());
            e = assertThrows(PersistenceUnitException.class, () -> PersistenceUnits.create(
                    "broken", broken.classLoader(), db.dataSource(), db.sequencing(), List.of("no.such.Entity")));
            assertTrue(e.getMessage().contains("no.such.Entity not found"), e.getMessage());
        }
    }

    /** Guards the build: every kernel entity is listed in CoreEntities and was woven by the Maven build. */
    @Test
    void theKernelsOwnEntitiesAreListedAndWovenAtBuildTime() throws Exception {
        Path classes = ClasspathModuleSource.rootOf(CoreEntities.class);
        List<String> entities;
        try (Stream<Path> files = Files.walk(classes)) {
            entities = files.map(f -> classes.relativize(f).toString().replace(File.separatorChar, '/'))
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .filter(n -> isEntity(n)).sorted().toList();
        }
        assertFalse(entities.isEmpty(), "the kernel has entities");
        for (String name : entities) {
            assertTrue(CoreEntities.NAMES.contains(name), name + " is missing from CoreEntities.NAMES");
            assertTrue(PersistenceWeaved.class.isAssignableFrom(Class.forName(name)), name + " is not woven");
        }
        assertEquals("static", PersistenceUnits.weavingOf("core", getClass().getClassLoader(), CoreEntities.NAMES));
    }

    private static boolean isEntity(String className) {
        try {
            return Class.forName(className, false, ModulePersistenceTest.class.getClassLoader())
                    .isAnnotationPresent(Entity.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
