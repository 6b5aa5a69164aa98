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

    /**
     * The implementations of extension point {@code point} (an interface of {@code core/api}, or of a module's
     * exported {@code api} package) in every started module, the core first, then in start order. How a plugin
     * reads what country plugins contribute ({@code SalesRules}) without depending on them. The list is a snapshot:
     * read it when needed, never keep it, because modules start and stop while the server runs.
     */
    <T> List<T> implementations(Class<T> point);

    default boolean isStarted(String id) {
        return module(id).map(m -> m.state() == ModuleState.STARTED).orElse(false);
    }
}
