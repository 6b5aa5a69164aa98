package coop.essaim.kernel.cooperative;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.persistence.ModuleStore;

import java.util.List;
import java.util.Optional;

/** The cooperatives of the installation, read from table COOPERATIVE. Creation goes through first-run setup. */
public final class KernelCooperativeDirectory implements CooperativeDirectory {

    private final ModuleStore store;

    public KernelCooperativeDirectory(ModuleStore store) {
        this.store = store;
    }

    @Override
    public List<Cooperative> all() {
        return store.read(em -> em.createQuery("select c from Cooperative c order by c.id", CooperativeEntity.class)
                .getResultList().stream().map(CooperativeEntity::toRecord).toList());
    }

    @Override
    public Optional<Cooperative> find(long id) {
        return store.read(em -> Optional.ofNullable(em.find(CooperativeEntity.class, id)).map(CooperativeEntity::toRecord));
    }

    @Override
    public boolean isEmpty() {
        return store.read(em -> em.createQuery("select count(c) from Cooperative c", Long.class).getSingleResult()) == 0;
    }
}
