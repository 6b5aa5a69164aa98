package coop.essaim.kernel.settings;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.cooperative.FieldErrors;
import coop.essaim.kernel.cooperative.Timestamps;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings that started modules offer each cooperative ({@link SettingsContribution}). A change is a new
 * dated row; the row in force is the latest whose VALID_FROM has come (then the highest id), so the history
 * stays readable and a dated change can be stored ahead; a reset is a row without value. A key no started
 * module defines is unknown: its stored rows are kept but not served. A {@link SettingType#SECRET} is written
 * here but read only through {@link #secret}: {@link #value}, the history and the audit trail never show it.
 */
public final class KernelCooperativeSettings implements CooperativeSettings {

    private static final Logger LOG = LoggerFactory.getLogger(KernelCooperativeSettings.class);
    /** What the history and the audit trail show instead of a secret. */
    public static final String SECRET_SHOWN = "(secret)";

    private final ModuleStore store;
    private final ModuleRegistry registry;
    private final KernelAuditTrail audit;
    private final Clock clock;

    public KernelCooperativeSettings(ModuleStore store, ModuleRegistry registry, KernelAuditTrail audit, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /** Definitions of the started modules, by key; a key defined twice keeps the first (core first). */
    public Map<String, SettingDefinition> definitions() {
        Map<String, SettingDefinition> out = new LinkedHashMap<>();
        CoreSettingDefinitions.DEFINITIONS.forEach(d -> out.put(d.key(), d));
        for (Extension<SettingsContribution> ext : registry.extensions(SettingsContribution.class)) {
            try {
                for (SettingDefinition d : ext.instance().settings()) {
                    if (out.putIfAbsent(d.key(), d) != null) {
                        LOG.warn("module {} redefines setting {}; the first definition is kept", ext.module().id(), d.key());
                    }
                }
            } catch (RuntimeException e) {
                LOG.error("module {}: its SettingsContribution failed; its settings are unavailable", ext.module().id(), e);
            }
        }
        return out;
    }

    @Override
    public Optional<String> value(long cooperativeId, String key) {
        SettingDefinition def = definitions().get(key);
        if (def == null || def.type() == SettingType.SECRET) {
            return Optional.empty();
        }
        Optional<String> stored = inForce(cooperativeId, key);
        return stored.isPresent() ? stored : Optional.ofNullable(def.defaultValue());
    }

    @Override
    public boolean isSet(long cooperativeId, String key) {
        return definitions().containsKey(key) && inForce(cooperativeId, key).isPresent();
    }

    /**
     * A secret's value for the core service that uses it (the SMTP password for the mailer): never hand it to
     * a page, the API or a log.
     */
    public Optional<String> secret(long cooperativeId, String key) {
        SettingDefinition def = definitions().get(key);
        return def == null ? Optional.empty() : inForce(cooperativeId, key);
    }

    /** The value of the row in force; empty when there is none or it was reset. */
    private Optional<String> inForce(long cooperativeId, String key) {
        Instant now = clock.instant();
        return store.read(em -> em.createQuery("select s from CooperativeSetting s"
                        + " where s.cooperativeId = :coop and s.settingKey = :key and s.validFrom <= :now"
                        + " order by s.validFrom desc, s.id desc", CooperativeSettingEntity.class)
                .setParameter("coop", cooperativeId).setParameter("key", key)
                .setParameter("now", Timestamps.toColumn(now))
                .setMaxResults(1).getResultStream().findFirst().map(CooperativeSettingEntity::getValue));
    }

    @Override
    public void change(UserContext actor, String key, String value) {
        // one reading of the clock: a second one, a microsecond later, would find "now" already in the past
        Instant now = clock.instant();
        change(actor, key, value, now, now);
    }

    /** A change that takes effect at {@code validFrom} (now or later). */
    public void changeFrom(UserContext actor, String key, String value, Instant validFrom) {
        change(actor, key, value, validFrom, clock.instant());
    }

    private void change(UserContext actor, String key, String value, Instant validFrom, Instant now) {
        actor.require(CorePermissions.COOPERATIVE_MANAGE);
        FieldErrors errors = new FieldErrors(actor.locale());
        SettingDefinition def = key == null ? null : definitions().get(key);
        String normalised = null;
        if (def == null) {
            errors.add(key == null ? "key" : key, "setting.unknown");
        } else {
            normalised = SettingValues.normalise(def, value, errors);
        }
        if (validFrom.isBefore(Timestamps.stored(now))) {
            // the past is settled: a payslip already computed must not change under its feet
            errors.add("validFrom", "setting.validFrom.past");
        }
        errors.throwIfAny();
        String stored = normalised;
        String shown = def.type() == SettingType.SECRET ? SECRET_SHOWN : stored;
        store.run(em -> {
            em.persist(new CooperativeSettingEntity(actor.cooperativeId(), key, stored, validFrom, actor.login(), now));
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.setting.changed",
                    "setting:" + key, shown + " from " + validFrom);
        });
    }

    @Override
    public void reset(UserContext actor, String key) {
        actor.require(CorePermissions.COOPERATIVE_MANAGE);
        if (key == null || !definitions().containsKey(key)) {
            throw FieldErrors.single(actor.locale(), key == null ? "key" : key, "setting.unknown");
        }
        Instant now = clock.instant();
        store.run(em -> {
            // a row without value: the definition's default applies from now on, the history keeps the change
            em.persist(new CooperativeSettingEntity(actor.cooperativeId(), key, null, now, actor.login(), now));
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.setting.reset",
                    "setting:" + key, "default from " + now);
        });
    }

    /** Every value the setting took in the actor's cooperative, oldest first; a secret's shows as {@value #SECRET_SHOWN}. */
    public List<SettingChange> history(UserContext actor, String key) {
        actor.require(CorePermissions.COOPERATIVE_MANAGE);
        SettingDefinition def = definitions().get(key);
        boolean secret = def != null && def.type() == SettingType.SECRET;
        return store.read(em -> em.createQuery("select s from CooperativeSetting s where s.cooperativeId = :coop"
                        + " and s.settingKey = :key order by s.validFrom, s.id", CooperativeSettingEntity.class)
                .setParameter("coop", actor.cooperativeId()).setParameter("key", key)
                .getResultList().stream().map(CooperativeSettingEntity::toChange)
                .map(c -> secret && c.value() != null ? new SettingChange(c.key(), SECRET_SHOWN, c.validFrom(),
                        c.setBy()) : c).toList());
    }
}
