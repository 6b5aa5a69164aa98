package coop.essaim.testmodules.notes;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.module.ModuleLifecycle;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.kernel.testing.Probe;

/** Writes a note when the module starts: proves the unit and the migration exist before start is called. */
public class NotesLifecycle implements ModuleLifecycle {

    @Override
    public void start(ModuleContext context) {
        ModuleStore store = context.store().orElseThrow();
        store.run(em -> em.persist(new NoteEntity(1L, 7L, "written at start")));
    }

    @Override
    public void stop() {
        Probe.EVENTS.add("stop:notes");
    }
}
