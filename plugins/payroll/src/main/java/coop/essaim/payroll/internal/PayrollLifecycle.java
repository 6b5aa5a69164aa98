package coop.essaim.payroll.internal;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.module.ModuleLifecycle;
import coop.essaim.payroll.internal.run.RunJobs;

/** Starts the thread that computes and validates the runs started from the pages; stops it with the module. */
public final class PayrollLifecycle implements ModuleLifecycle {

    private ModuleContext context;

    @Override
    public void start(ModuleContext context) {
        this.context = context;
        RunJobs.started(context);
    }

    @Override
    public void stop() {
        if (context != null) {
            RunJobs.stopped(context);
        }
    }
}
