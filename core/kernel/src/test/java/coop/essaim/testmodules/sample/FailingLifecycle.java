package coop.essaim.testmodules.sample;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.module.ModuleLifecycle;

public class FailingLifecycle implements ModuleLifecycle {

    @Override
    public void start(ModuleContext context) {
        throw new IllegalStateException("wrapped", new IllegalArgumentException("no licence key configured"));
    }
}
