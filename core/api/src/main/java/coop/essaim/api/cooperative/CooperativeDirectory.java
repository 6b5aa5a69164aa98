package coop.essaim.api.cooperative;

import java.util.List;
import java.util.Optional;

/** Service: the cooperatives of the installation. */
public interface CooperativeDirectory {

    List<Cooperative> all();

    Optional<Cooperative> find(long id);

    /** True until the first cooperative exists: the web then shows the first-run setup. */
    boolean isEmpty();
}
