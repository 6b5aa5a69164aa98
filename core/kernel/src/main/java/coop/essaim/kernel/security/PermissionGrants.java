package coop.essaim.kernel.security;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.cooperative.FieldErrors;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which role holds which permission in each cooperative (table ROLE_PERMISSION). A module's definitions are
 * read once when it starts ({@link PermissionContribution} promises a single call) and granted to their
 * default roles wherever no decision exists yet for that (role, code); an administrator's later decision,
 * including a revocation, is a newer row and therefore survives any restart of the module.
 */
public final class PermissionGrants {

    /** The name written in DECIDED_BY for default grants. */
    public static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(PermissionGrants.class);

    private final ModuleStore store;
    private final ModuleRegistry registry;
    private final KernelAuditTrail audit;
    private final Clock clock;
    private final Map<String, List<PermissionDefinition>> byModule = new ConcurrentHashMap<>();

    public PermissionGrants(ModuleStore store, ModuleRegistry registry, KernelAuditTrail audit, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every known definition: the core's, then those of started modules; the first of a duplicated code wins. */
    public List<PermissionDefinition> definitions() {
        Map<String, PermissionDefinition> out = new LinkedHashMap<>();
        CorePermissionContribution.DEFINITIONS.forEach(d -> out.put(d.code(), d));
        for (Extension<PermissionContribution> ext : registry.extensions(PermissionContribution.class)) {
            for (PermissionDefinition d : definitionsOf(ext.module().id())) {
                PermissionDefinition first = out.putIfAbsent(d.code(), d);
                if (first != null && first != d) {
                    LOG.warn("module {} declares permission {} that another module already declared; ignored",
                            ext.module().id(), d.code());
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** A module started: grants its defaults in every cooperative that has not decided for those (role, code). */
    public void moduleStarted(ModuleDescriptor module) {
        byModule.remove(module.id());
        List<PermissionDefinition> defs = definitionsOf(module.id());
        if (defs.isEmpty()) {
            return;
        }
        store.run(em -> {
            for (Long coop : em.createQuery("select c.id from Cooperative c", Long.class).getResultList()) {
                applyDefaults(em, coop, defs, "module " + module.id());
            }
        });
    }

    public void moduleStopped(ModuleDescriptor module) {
        byModule.remove(module.id());
    }

    /** The core's and every started module's defaults for all cooperatives: run once at kernel start. */
    public void reconcileAll() {
        List<PermissionDefinition> defs = definitions();
        store.run(em -> {
            for (Long coop : em.createQuery("select c.id from Cooperative c", Long.class).getResultList()) {
                applyDefaults(em, coop, defs, "start");
            }
        });
    }

    /** Grants missing defaults of {@code defs} in one cooperative, in the caller's transaction. */
    public int applyDefaults(EntityManager em, long cooperativeId, Collection<PermissionDefinition> defs, String why) {
        Set<String> decided = new HashSet<>();
        em.createQuery("select r from RolePermission r where r.cooperativeId = :coop", RolePermissionEntity.class)
                .setParameter("coop", cooperativeId).getResultList()
                .forEach(r -> decided.add(r.getRole() + " " + r.getCode()));
        int granted = 0;
        for (PermissionDefinition d : defs) {
            for (String role : new TreeSet<>(d.defaultRoles())) {
                if (role.length() <= 40 && d.code().length() <= 120 && decided.add(role + " " + d.code())) {
                    em.persist(new RolePermissionEntity(cooperativeId, role, d.code(), true, SYSTEM, clock.instant()));
                    granted++;
                }
            }
        }
        if (granted > 0) {
            audit.append(em, cooperativeId, null, SYSTEM, "core.permission.defaults", "cooperative:" + cooperativeId,
                    why + ": " + granted + " default grant(s)");
        }
        return granted;
    }

    /** Codes granted to any of {@code roles} in the cooperative: the latest decision per (role, code) counts. */
    public Set<String> grantedCodes(EntityManager em, long cooperativeId, Set<String> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        Map<String, Boolean> latest = new HashMap<>();
        em.createQuery("select r from RolePermission r where r.cooperativeId = :coop and r.role in :roles"
                        + " order by r.decidedAt, r.id", RolePermissionEntity.class)
                .setParameter("coop", cooperativeId).setParameter("roles", roles).getResultList()
                .forEach(r -> latest.put(r.getRole() + " " + r.getCode(), r.isGranted()));
        Set<String> codes = new TreeSet<>();
        latest.forEach((key, granted) -> {
            if (granted) {
                codes.add(key.substring(key.indexOf(' ') + 1));
            }
        });
        return codes;
    }

    /** Role to granted codes in the actor's cooperative, for the permissions page. Needs {@code core.users.manage}. */
    public Map<String, Set<String>> grants(UserContext actor) {
        actor.require(CorePermissions.USERS_MANAGE);
        return store.read(em -> {
            Map<String, Set<String>> out = new TreeMap<>();
            for (String role : CoreRoles.ALL) {
                out.put(role, grantedCodes(em, actor.cooperativeId(), Set.of(role)));
            }
            return out;
        });
    }

    /** An administrator grants or revokes a permission for a role in their cooperative. */
    public void decide(UserContext actor, String role, String code, boolean granted) {
        actor.require(CorePermissions.USERS_MANAGE);
        FieldErrors errors = new FieldErrors(actor.locale());
        if (role == null || !CoreRoles.ALL.contains(role)) {
            errors.add("role", "validation.choice", String.join(", ", CoreRoles.ALL));
        }
        if (definitions().stream().noneMatch(d -> d.code().equals(code))) {
            errors.add("permission", "permission.unknown");
        }
        if (!granted && CoreRoles.ADMINISTRATOR.equals(role) && CorePermissions.USERS_MANAGE.equals(code)) {
            // otherwise nobody could ever give it back
            errors.add("permission", "permission.administratorKeepsUsersManage");
        }
        errors.throwIfAny();
        store.run(em -> {
            em.persist(new RolePermissionEntity(actor.cooperativeId(), role, code, granted, actor.login(),
                    clock.instant()));
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(),
                    granted ? "core.permission.granted" : "core.permission.revoked", "role:" + role, code);
        });
    }

    private List<PermissionDefinition> definitionsOf(String moduleId) {
        return byModule.computeIfAbsent(moduleId, id -> {
            List<PermissionDefinition> defs = new ArrayList<>();
            for (Extension<PermissionContribution> ext : registry.extensions(PermissionContribution.class)) {
                if (ext.module().id().equals(id)) {
                    try {
                        defs.addAll(ext.instance().permissions());
                    } catch (RuntimeException e) {
                        LOG.error("module {}: its PermissionContribution failed; its permissions are not granted", id, e);
                    }
                }
            }
            return List.copyOf(defs);
        });
    }
}
