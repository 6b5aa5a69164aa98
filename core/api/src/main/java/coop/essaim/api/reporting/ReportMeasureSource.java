package coop.essaim.api.reporting;

import coop.essaim.api.security.UserContext;

import java.util.List;

/**
 * Extension point: the measures a module contributes to the activity reports (the core contributes people,
 * sites, entries and exits, turnover, payroll and self-financing; a plugin adds its own, such as workshops held
 * or advances granted). Listed in {@code META-INF/services/coop.essaim.api.reporting.ReportMeasureSource}.
 *
 * <p><b>What the core guarantees.</b> {@link #compute} is called through {@link ReportMeasures} only, for a scope
 * of the actor's own cooperative, under the module's class loader; a source that throws is logged and its
 * measures are shown as unavailable, never failing the report; an {@link coop.essaim.api.security.AccessDeniedException}
 * shows them as withheld from this reader.
 *
 * <p><b>What the module must do.</b> Compute from its own data and the core's services, with the actor's
 * permissions: throw {@code AccessDeniedException} when the actor may not read what a measure counts. Return one
 * value per definition, keyed like it (a missing key is shown as unavailable), counted in the database rather
 * than row by row, since a report asks for up to five years and a federation has 20,000 people. Labels of mix
 * parts are in {@code actor.locale()}. Be stateless: one instance serves every reader on every thread, and
 * {@link #definitions} always returns the same list.
 */
public interface ReportMeasureSource {

    List<MeasureDefinition> definitions();

    List<MeasureValue> compute(UserContext actor, ReportScope scope);
}
