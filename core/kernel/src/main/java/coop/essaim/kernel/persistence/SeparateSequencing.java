package coop.essaim.kernel.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.Platform;
import org.eclipse.persistence.platform.database.DerbyPlatform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sequencing.SequencingControl;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;

import javax.sql.DataSource;

/**
 * Draws a unit's new blocks of ids on connections of their own. Without it EclipseLink draws them on the shared
 * pool, under its one sequencing lock: a thread waiting there for a connection holds the lock, while the
 * transactions holding every connection (waiting on one row, as simultaneous logins did) wait for the lock to
 * draw their next id. Nothing moves until the pool times out, and every request fails. The sequencing pool is
 * small and only ever holds a connection for the one {@code NEXT VALUE} it reads, so it always has one to give.
 *
 * <p>EclipseLink uses the separate connection only for sequences drawn "in a transaction", which its platforms
 * never say of database sequences: hence the two platforms below (and the target database named, not detected at
 * login, which would replace them). {@code eclipselink.jdbc.sequence-connection-pool.non-jta-data-source} would
 * give the connection, but takes only a JNDI name, and would not be used either.
 */
final class SeparateSequencing implements SessionCustomizer {

    private final DataSource sequencing;

    SeparateSequencing(DataSource sequencing) {
        this.sequencing = sequencing;
    }

    @Override
    public void customize(Session session) {
        DatabaseLogin own = (DatabaseLogin) session.getDatasourceLogin();
        Platform named = own.getDatasourcePlatform();
        own.usePlatform(named instanceof PostgreSQLPlatform ? new Postgres() : new Derby());
        DatabaseLogin login = (DatabaseLogin) own.clone();
        login.setConnector(new JNDIConnector(sequencing));
        login.useExternalConnectionPooling();
        SequencingControl control = ((DatabaseSession) session).getSequencingControl();
        control.setShouldUseSeparateConnection(true);
        control.setLogin(login);
    }

    /** Derby whose database sequences are drawn in a transaction of their own: on the separate connection. */
    static final class Derby extends DerbyPlatform {
        @Override
        public boolean shouldNativeSequenceUseTransaction() {
            return true;
        }
    }

    /** PostgreSQL likewise. */
    static final class Postgres extends PostgreSQLPlatform {
        @Override
        public boolean shouldNativeSequenceUseTransaction() {
            return true;
        }
    }
}
