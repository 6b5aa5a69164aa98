package coop.essaim.testmodules.sample;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.module.ModuleLifecycle;
import coop.essaim.kernel.testing.Probe;

import java.time.Clock;

/** Records starts and stops; reaches a service through its context to prove the lookup works. */
public class CountingLifecycle implements ModuleLifecycle {

    private String id;

    @Override
    public void start(ModuleContext context) {
        context.service(Clock.class);
        id = context.descriptor().id();
        Probe.EVENTS.add("start:" + id);
    }

    @Override
    public void stop() {
        Probe.EVENTS.add("stop:" + id);
    }
}
