package coop.essaim.api.module;

import java.util.List;
import java.util.Optional;

/** Read side of the module registry: every module the installation knows, started or not. */
public interface ModuleCatalog {

    /** The version of the running core, compared against each module's {@code Plugin-Requires}. */
    String coreVersion();

    /** All modules, core modules first, then by id. */
    List<ModuleStatus> modules();

    Optional<ModuleStatus> module(String id);

    default boolean isStarted(String id) {
        return module(id).map(m -> m.state() == ModuleState.STARTED).orElse(false);
    }
}
