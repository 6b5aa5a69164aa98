package coop.essaim.api.people;

import java.util.List;
import java.util.Optional;

/**
 * Extension point: the path of a country (statuses, contract kinds, exit reasons, allowed transitions), as
 * data. The core uses the first started model (by module id) whose {@link #appliesTo} accepts the
 * cooperative's country, or its neutral model (reception, support agreement, salaried, associate, exit) when
 * none does. The core enforces the transitions, the dates and the contracts against the model, so a model only
 * describes; it must be immutable and may be called from any thread. A model must keep the codes it once
 * published: they are stored in people's history.
 */
public interface PathModel {

    /** A stable identifier such as {@code core.neutral} or {@code france}. */
    String id();

    /** {@code country} is the cooperative's ISO 3166 alpha-2 code. */
    boolean appliesTo(String country);

    List<PathStatusDefinition> statuses();

    List<ContractKind> contractKinds();

    List<ExitReason> exitReasons();

    default Optional<PathStatusDefinition> status(String code) {
        return statuses().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    default Optional<ContractKind> contractKind(String code) {
        return contractKinds().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    default Optional<ExitReason> exitReason(String code) {
        return exitReasons().stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
