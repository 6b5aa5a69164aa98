package coop.essaim.kernel.people;

import coop.essaim.api.people.ActivityBranding;
import coop.essaim.api.people.ActivityLogo;
import coop.essaim.api.people.ActivitySender;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.cooperative.ImageTypes;
import coop.essaim.kernel.text.EmailAddresses;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@link ActivityBranding} service. Reading follows {@link KernelActivities}'s reach; changing is for who
 * manages the activity (its rules, {@link KernelActivities#manageable}) or is a current member of it, so an
 * entrepreneur keeps their own brand without any staff permission, and a former member no longer speaks for it.
 */
public final class KernelActivityBranding implements ActivityBranding {

    private static final int EMAIL_MAX = 254;

    private final ModuleStore store;
    private final KernelActivities activities;
    private final KernelAuditTrail audit;
    private final Clock clock;

    public KernelActivityBranding(ModuleStore store, KernelActivities activities, KernelAuditTrail audit, Clock clock) {
        this.store = store;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<ActivityLogo> logo(UserContext actor, long activityId) {
        return store.read(em -> readable(em, actor, activityId)
                .flatMap(a -> Optional.ofNullable(em.find(ActivityBrandingEntity.class, activityId)))
                .flatMap(ActivityBrandingEntity::logo));
    }

    @Override
    public void changeLogo(UserContext actor, long activityId, byte[] content) {
        if (content == null || content.length == 0) {
            throw PeopleMessages.refusal(actor.locale(), "logo", "people.branding.logo.required");
        }
        if (content.length > LOGO_MAX_BYTES) {
            throw PeopleMessages.refusal(actor.locale(), "logo", "people.branding.logo.tooLarge", LOGO_MAX_BYTES / 1024);
        }
        String type = ImageTypes.of(content).orElseThrow(() ->
                PeopleMessages.refusal(actor.locale(), "logo", "people.branding.logo.type"));
        Instant now = clock.instant();
        store.run(em -> {
            ActivityEntity a = changeable(em, actor, activityId);
            branding(em, a, now, actor.login()).replaceLogo(content, type, now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.activity.logo",
                    "activity:" + activityId, type + ", " + content.length + " bytes");
        });
    }

    @Override
    public void removeLogo(UserContext actor, long activityId) {
        Instant now = clock.instant();
        store.run(em -> {
            changeable(em, actor, activityId);
            ActivityBrandingEntity b = em.find(ActivityBrandingEntity.class, activityId);
            if (b != null && b.logo().isPresent()) {
                b.replaceLogo(null, null, now, actor.login());
                audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.activity.logo",
                        "activity:" + activityId, "removed");
            }
        });
    }

    @Override
    public ActivitySender sender(UserContext actor, long activityId) {
        return store.read(em -> readable(em, actor, activityId)
                .map(a -> em.find(ActivityBrandingEntity.class, activityId))
                .map(ActivityBrandingEntity::sender).orElse(ActivitySender.NONE));
    }

    @Override
    public ActivitySender changeSender(UserContext actor, long activityId, ActivitySender sender) {
        ActivitySender clean = checked(actor, sender == null ? ActivitySender.NONE : sender);
        Instant now = clock.instant();
        return store.inTransaction(em -> {
            ActivityEntity a = changeable(em, actor, activityId);
            ActivityBrandingEntity b = branding(em, a, now, actor.login());
            b.replaceSender(clean, now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.activity.sender",
                    "activity:" + activityId, clean.isEmpty() ? "cleared" : clean.email() + " / " + clean.name());
            return b.sender();
        });
    }

    @Override
    public boolean canChange(UserContext actor, long activityId) {
        return store.read(em -> {
            try {
                changeable(em, actor, activityId);
                return true;
            } catch (AccessDeniedException | coop.essaim.api.problem.ValidationException e) {
                return false;
            }
        });
    }

    private Optional<ActivityEntity> readable(EntityManager em, UserContext actor, long activityId) {
        return Optional.ofNullable(em.find(ActivityEntity.class, activityId))
                .filter(a -> activities.canRead(em, actor, a));
    }

    /** Not found when the actor may not even read it; a refusal when they read it but may not change it. */
    private ActivityEntity changeable(EntityManager em, UserContext actor, long activityId) {
        ActivityEntity a = readable(em, actor, activityId).orElseThrow(() ->
                PeopleMessages.refusal(actor.locale(), "activity", "people.activity.notFound"));
        return isCurrentMember(em, actor, activityId) ? a : activities.manageable(em, actor, activityId);
    }

    private static boolean isCurrentMember(EntityManager em, UserContext actor, long activityId) {
        Optional<Long> self = ActivityRecords.ownPersonId(em, actor);
        return self.isPresent() && em.createQuery("select count(m) from ActivityMember m where m.activityId = :a"
                        + " and m.personId = :p and m.leftOn is null", Long.class)
                .setParameter("a", activityId).setParameter("p", self.get()).getSingleResult() > 0;
    }

    private static ActivityBrandingEntity branding(EntityManager em, ActivityEntity a, Instant now, String by) {
        ActivityBrandingEntity b = em.find(ActivityBrandingEntity.class, a.getId());
        if (b == null) {
            b = new ActivityBrandingEntity(a.getCooperativeId(), a.getId(), now, by);
            em.persist(b);
        }
        return b;
    }

    private static ActivitySender checked(UserContext actor, ActivitySender s) {
        PeopleMessages errors = new PeopleMessages(actor.locale());
        String email = PeopleText.clean(s.email());
        String name = PeopleText.clean(s.name());
        if (email != null && (email.length() > EMAIL_MAX || !EmailAddresses.plausible(email))) {
            errors.add("email", "people.branding.email.invalid");
        }
        if (name != null && (name.length() > SENDER_NAME_MAX || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0)) {
            errors.add("name", "people.branding.name.invalid", SENDER_NAME_MAX);
        }
        errors.throwIfAny();
        return new ActivitySender(email, name);
    }
}
