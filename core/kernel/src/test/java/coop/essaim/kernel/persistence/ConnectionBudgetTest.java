package coop.essaim.kernel.persistence;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.kernel.config.KernelConfig;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.testmodules.notes.NoteEntity;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Module transactions that call the core inside them, on a pool of two connections: more of them at once than the
 * pool holds still all finish, because the module stores hold at most one connection between them and the core's
 * inner calls always find the other.
 */
class ConnectionBudgetTest {

    @TempDir
    Path temp;

    @Test
    void moduleTransactionsCallingTheCoreInsideThemNeverExhaustThePool() throws Exception {
        Properties p = new Properties();
        p.setProperty(KernelConfig.DB_POOL_SIZE, "2");
        KernelConfig config = KernelConfig.of(new HostEnvironment(temp, temp.resolve("data"), "test", false), p,
                new Properties());
        ClassLoader loader = ConnectionBudgetTest.class.getClassLoader();
        try (Database db = Database.open(config)) {
            EntityManagerFactory moduleUnit = PersistenceUnits.create("notes", loader, db.dataSource(), db.sequencing(),
                    List.of(NoteEntity.class.getName()));
            EntityManagerFactory coreUnit = PersistenceUnits.create("core-test", loader, db.dataSource(), db.sequencing(),
                    List.of(NoteEntity.class.getName()));
            ConnectionBudget budget = new ConnectionBudget(2);
            ModuleStore module = new JpaModuleStore(moduleUnit, budget);
            ModuleStore core = new JpaModuleStore(coreUnit);
            AtomicInteger open = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    done.add(pool.submit(() -> module.inTransaction(em -> {
                        em.createNativeQuery("VALUES 1").getSingleResult();
                        most.accumulateAndGet(open.incrementAndGet(), Math::max);
                        try {
                            // the core's call, on a second connection, while this one is held
                            return core.inTransaction(inner -> ((Number) inner.createNativeQuery("VALUES 2")
                                    .getSingleResult()).intValue());
                        } finally {
                            open.decrementAndGet();
                        }
                    })));
                }
                for (Future<Integer> f : done) {
                    assertEquals(2, f.get(60, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
                moduleUnit.close();
                coreUnit.close();
            }
            assertEquals(1, budget.size());
            assertTrue(most.get() <= 1, "module transactions open at once: " + most.get());
        }
    }
}
