package coop.essaim.api.reporting;

import coop.essaim.api.security.UserContext;

import java.util.List;
import java.util.Objects;

/**
 * Service: every measure the started modules contribute, computed for one scope with the reader's permissions,
 * ordered by {@link MeasureDefinition#order()} then key. Refuses (an {@link coop.essaim.api.security.AccessDeniedException})
 * a scope of another cooperative and a reader confined to their own file (an entrepreneur); what a module refuses
 * this reader comes back {@link Status#WITHHELD}, what fails {@link Status#UNAVAILABLE}.
 */
public interface ReportMeasures {

    /** The measures the started modules declare, labels in {@code actor.locale()}, without computing them. */
    List<Measured> definitions(UserContext actor);

    List<Measured> measure(UserContext actor, ReportScope scope);

    enum Status {
        COMPUTED, WITHHELD, UNAVAILABLE
    }

    /** One measure of one module: its translated label and, when {@code COMPUTED}, its value. */
    record Measured(String moduleId, MeasureDefinition definition, String label, Status status, MeasureValue value) {

        public Measured {
            Objects.requireNonNull(moduleId, "moduleId");
            Objects.requireNonNull(definition, "definition");
            Objects.requireNonNull(status, "status");
        }

        public String key() {
            return definition.key();
        }
    }
}
