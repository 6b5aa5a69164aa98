package coop.essaim.kernel.reporting;

import coop.essaim.api.module.ModuleMessages;
import coop.essaim.api.reporting.MeasureDefinition;
import coop.essaim.api.reporting.MeasureValue;
import coop.essaim.api.reporting.ReportMeasureSource;
import coop.essaim.api.reporting.ReportMeasures;
import coop.essaim.api.reporting.ReportScope;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.KernelBootstrap;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Collects the measures of every started module's {@link ReportMeasureSource}, the core's first, each under its
 * module's class loader. A source that refuses the reader has its measures withheld; one that fails (or answers
 * a value of a key it did not declare) is logged and its measures shown unavailable, so one module never takes
 * the report down.
 */
public final class KernelReportMeasures implements ReportMeasures {

    private static final Logger LOG = LoggerFactory.getLogger(KernelReportMeasures.class);
    static final String REFUSED_SCOPE = "reporting: another cooperative";

    private final ModuleRegistry registry;

    public KernelReportMeasures(ModuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<Measured> definitions(UserContext actor) {
        requireReader(actor);
        List<Measured> out = new ArrayList<>();
        for (Extension<ReportMeasureSource> ext : registry.extensions(ReportMeasureSource.class)) {
            for (MeasureDefinition d : declared(ext)) {
                out.add(new Measured(ext.module().id(), d, label(ext, d, actor.locale()), Status.UNAVAILABLE, null));
            }
        }
        return sorted(out);
    }

    @Override
    public List<Measured> measure(UserContext actor, ReportScope scope) {
        requireReader(actor);
        if (scope.cooperativeId() != actor.cooperativeId()) {
            throw new AccessDeniedException(REFUSED_SCOPE);
        }
        List<Measured> out = new ArrayList<>();
        for (Extension<ReportMeasureSource> ext : registry.extensions(ReportMeasureSource.class)) {
            List<MeasureDefinition> definitions = declared(ext);
            Status failed = null;
            Map<String, MeasureValue> values = Map.of();
            try {
                List<MeasureValue> answer = under(ext, () -> ext.instance().compute(actor, scope));
                values = (answer == null ? List.<MeasureValue>of() : answer).stream()
                        .collect(Collectors.toMap(MeasureValue::key, Function.identity(), (a, b) -> a));
            } catch (AccessDeniedException e) {
                failed = Status.WITHHELD;
            } catch (RuntimeException | LinkageError e) {
                LOG.error("module {}: its report measures failed for {}; the report shows them unavailable",
                        ext.module().id(), scope, e);
                failed = Status.UNAVAILABLE;
            }
            for (MeasureDefinition d : definitions) {
                MeasureValue v = failed == null ? values.get(d.key()) : null;
                Status status = failed != null ? failed : v == null ? Status.UNAVAILABLE : Status.COMPUTED;
                out.add(new Measured(ext.module().id(), d, label(ext, d, actor.locale()), status, v));
            }
        }
        return sorted(out);
    }

    /** An entrepreneur reads their own figures on their activity's page, never the cooperative's. */
    static void requireReader(UserContext actor) {
        if (actor.hasRole(CoreRoles.ENTREPRENEUR) && !actor.hasRole(CoreRoles.ADMINISTRATOR)
                && !actor.hasRole(CoreRoles.ADVISER) && !actor.hasRole(CoreRoles.ACCOUNTANT)
                && !actor.hasRole(CoreRoles.BOARD_MEMBER)) {
            throw new AccessDeniedException(REFUSED_SCOPE);
        }
    }

    private static List<MeasureDefinition> declared(Extension<ReportMeasureSource> ext) {
        try {
            List<MeasureDefinition> d = under(ext, () -> ext.instance().definitions());
            return d == null ? List.of() : d;
        } catch (RuntimeException | LinkageError e) {
            LOG.error("module {}: its report measures could not be listed; left out", ext.module().id(), e);
            return List.of();
        }
    }

    private static <T> T under(Extension<?> ext, Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(ext.classLoader());
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String label(Extension<?> ext, MeasureDefinition d, Locale locale) {
        if (KernelBootstrap.CORE_ID.equals(ext.module().id())) {
            return ReportTexts.text(locale, d.labelKey());
        }
        String bundle = ext.module().messagesBundle();
        if (bundle == null || bundle.isBlank()) {
            return d.labelKey();
        }
        try {
            return new ModuleMessages(bundle.trim(), ext.classLoader(), locale).text(d.labelKey());
        } catch (MissingResourceException e) {
            return d.labelKey();
        }
    }

    private static List<Measured> sorted(List<Measured> measured) {
        measured.sort(Comparator.comparingInt((Measured m) -> m.definition().order()).thenComparing(Measured::key));
        return List.copyOf(measured);
    }
}
