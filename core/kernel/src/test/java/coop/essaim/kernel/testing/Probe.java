package coop.essaim.kernel.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What fixture modules did, seen from the test: fixture classes run from their jar's own class loader, so
 * their static fields are not the test's; this class stays on the shared parent class path.
 */
public final class Probe {

    public static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private Probe() {
    }
}
