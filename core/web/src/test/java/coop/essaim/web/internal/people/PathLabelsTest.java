package coop.essaim.web.internal.people;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.people.ContractKind;
import coop.essaim.api.people.ExitReason;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.kernel.module.Extension;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A country plugin's path labels come from its own bundle, the people core's from the core's. */
class PathLabelsTest {

    private static final ModuleDescriptor BELGIUM = new ModuleDescriptor("country-be-test", "1.0.0", "Belgique",
            ">=0.1.0", List.of(), "coop.essaim.web.testmodule.messages");

    private static final PathModel MODEL = new PathModel() {
        public String id() {
            return "be-test";
        }

        public boolean appliesTo(String country) {
            return "BE".equals(country);
        }

        public List<PathStatusDefinition> statuses() {
            return List.of();
        }

        public List<ContractKind> contractKinds() {
            return List.of();
        }

        public List<ExitReason> exitReasons() {
            return List.of();
        }
    };

    private static final List<Extension<PathModel>> MODELS = List.of(new Extension<>(BELGIUM, MODEL,
            PathLabelsTest.class.getClassLoader()));

    @Test
    void theContributingModulesBundleComesFirstThenThePeopleCores() {
        assertEquals("Couveuse (libellé du module)",
                PathLabels.text(MODELS, "BE", "path.status.incubation", Locale.FRENCH));
        assertEquals("Incubator (the module's label)",
                PathLabels.text(MODELS, "BE", "path.status.incubation", Locale.ENGLISH));
        // a key the module does not translate: the people core's label of the neutral model
        assertEquals("Membre", PathLabels.text(MODELS, "BE", "people.kind.MEMBER", Locale.FRENCH));
        // another country's cooperative does not read the Belgian plugin's bundle
        assertEquals("path.status.incubation", PathLabels.text(MODELS, "FR", "path.status.incubation",
                Locale.FRENCH));
    }
}
