package coop.essaim.kernel.persistence;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.kernel.config.KernelConfig;
import coop.essaim.kernel.host.HostEnvironment;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many more transactions than the pool has connections, each drawing ids, then waiting on one shared row (as
 * simultaneous logins of one account did), then drawing more: they all finish, because ids are drawn on the
 * sequencing pool. Drawn on the shared pool, the holder of the row waits for the sequencing lock, held by a thread
 * waiting for a connection that the row's waiters hold: EclipseLink reports a stuck thread after 40 s.
 */
class SeparateSequencingTest {

    private static final int POOL = 3;

    @TempDir
    Path temp;

    @Test
    void transactionsWaitingOnOneRowWhileTheirIdsRunOutAllFinish() throws Exception {
        Properties p = new Properties();
        p.setProperty(KernelConfig.DB_POOL_SIZE, String.valueOf(POOL));
        KernelConfig config = KernelConfig.of(new HostEnvironment(temp, temp.resolve("data"), "test", false), p,
                new Properties());
        try (Database db = Database.open(config)) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE TSEQ_ROW (ID BIGINT NOT NULL PRIMARY KEY, BODY VARCHAR(50) NOT NULL)");
                s.execute("CREATE SEQUENCE TSEQ_ROW_SEQ AS BIGINT START WITH 50 INCREMENT BY 50");
                s.execute("INSERT INTO TSEQ_ROW VALUES (0, 'account')");
            }
            EntityManagerFactory unit = PersistenceUnits.create("sequenced", getClass().getClassLoader(),
                    db.dataSource(), db.sequencing(), List.of(SequencedRow.class.getName()));
            ModuleStore store = new JpaModuleStore(unit);
            ExecutorService threads = Executors.newFixedThreadPool(12);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int t = 0; t < 60; t++) {
                    done.add(threads.submit(() -> store.inTransaction(em -> {
                        for (int i = 0; i < 7; i++) {
                            em.persist(new SequencedRow("audit"));
                        }
                        int n = em.createNativeQuery("UPDATE TSEQ_ROW SET BODY = BODY WHERE ID = 0").executeUpdate();
                        for (int i = 0; i < 7; i++) {
                            em.persist(new SequencedRow("audit"));
                        }
                        em.flush();
                        return n;
                    })));
                }
                for (Future<Integer> f : done) {
                    assertEquals(1, f.get(120, TimeUnit.SECONDS));
                }
            } finally {
                threads.shutdownNow();
                unit.close();
            }
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 var rows = s.executeQuery("SELECT COUNT(DISTINCT ID) FROM TSEQ_ROW")) {
                rows.next();
                assertEquals(60 * 14 + 1, rows.getInt(1), "every row written, each with its own id");
            }
        }
    }
}
