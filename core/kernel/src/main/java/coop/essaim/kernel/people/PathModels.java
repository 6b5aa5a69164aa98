package coop.essaim.kernel.people;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.people.AssociateDeadlineRule;
import coop.essaim.api.people.PathModel;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which path model and associate deadline rule a cooperative uses: the first started module's (by module id,
 * so the choice does not depend on start order) that applies to the cooperative's country, else the neutral
 * model and no deadline. Read on every call, so installing or removing a country plugin takes effect at once.
 */
public final class PathModels {

    private static final Logger LOG = LoggerFactory.getLogger(PathModels.class);
    private static final PathModel NEUTRAL = new NeutralPathModel();

    private final ModuleRegistry registry;
    private final CooperativeDirectory cooperatives;

    public PathModels(ModuleRegistry registry, CooperativeDirectory cooperatives) {
        this.registry = registry;
        this.cooperatives = cooperatives;
    }

    public PathModel model(long cooperativeId) {
        String country = country(cooperativeId);
        return first(registry.extensions(PathModel.class), m -> m.appliesTo(country)).orElse(NEUTRAL);
    }

    public Optional<AssociateDeadlineRule> deadlineRule(long cooperativeId) {
        String country = country(cooperativeId);
        return first(registry.extensions(AssociateDeadlineRule.class), r -> r.appliesTo(country));
    }

    private String country(long cooperativeId) {
        return cooperatives.find(cooperativeId).map(Cooperative::country).orElse("");
    }

    private static <T> Optional<T> first(List<Extension<T>> extensions, java.util.function.Predicate<T> applies) {
        return extensions.stream().sorted(Comparator.comparing(e -> e.module().id()))
                .filter(e -> {
                    try {
                        return applies.test(e.instance());
                    } catch (RuntimeException ex) {
                        LOG.error("module {}: {} failed to say whether it applies; skipped", e.module().id(),
                                e.instance().getClass().getName(), ex);
                        return false;
                    }
                })
                .map(Extension::instance).findFirst();
    }
}
