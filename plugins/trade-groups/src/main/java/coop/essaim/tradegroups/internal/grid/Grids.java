package coop.essaim.tradegroups.internal.grid;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.tradegroups.api.GridCheck;
import coop.essaim.tradegroups.api.GridDraft;
import coop.essaim.tradegroups.api.GridEdition;
import coop.essaim.tradegroups.api.GridLine;
import coop.essaim.tradegroups.api.RateUnit;
import coop.essaim.tradegroups.api.TradeGroup;
import coop.essaim.tradegroups.api.TradeGroupPermissions;
import coop.essaim.tradegroups.internal.Messages;
import coop.essaim.tradegroups.internal.group.Groups;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference rate grids: append-only editions, each a group's grid for its trade and one unit, published to
 * the whole cooperative. A manager or the group's coordinator publishes an edition; a new edition replaces the
 * previous one of the same group and unit from its own day, and the earlier stays in the history. Everyone
 * holding {@link TradeGroupPermissions#READ} (every role by default) reads them.
 */
public final class Grids {

    static final int LABEL_MAX = 200;
    static final int LINES_MAX = 50;

    private final ModuleStore store;
    private final Groups groups;
    private final CooperativeDirectory cooperatives;
    private final AuditTrail audit;
    private final Clock clock;

    public Grids(ModuleStore store, Groups groups, CooperativeDirectory cooperatives, AuditTrail audit, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.cooperatives = cooperatives;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Publishes a new edition for the group's trade, dated today and signed with the actor's name. Refused, naming
     * each field: no unit or day; a day before the latest edition of the group and unit (history is not rewritten);
     * no line or too many; a line without a label, a label twice, a minimum missing, not in the cooperative's
     * currency, or not above zero.
     */
    public GridEdition publish(UserContext actor, long groupId, GridDraft draft) {
        TradeGroup g = groups.recordable(actor, groupId);
        Messages m = new Messages(actor.locale());
        Currency currency = currency(actor.cooperativeId());
        List<FieldError> errors = new ArrayList<>();
        if (draft.unit() == null) {
            errors.add(new FieldError("unit", m.text("error.required")));
        }
        if (draft.validFrom() == null) {
            errors.add(new FieldError("validFrom", m.text("error.required")));
        }
        if (draft.lines().isEmpty()) {
            errors.add(new FieldError("lines", m.text("error.noLines")));
        } else if (draft.lines().size() > LINES_MAX) {
            errors.add(new FieldError("lines", m.text("error.tooMany", LINES_MAX)));
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            GridLine l = draft.lines().get(i);
            String field = "lines[" + i + "]";
            String label = l == null || l.label() == null ? "" : l.label().strip();
            if (label.isEmpty()) {
                errors.add(new FieldError(field + ".label", m.text("error.required")));
            } else if (label.length() > LABEL_MAX) {
                errors.add(new FieldError(field + ".label", m.text("error.tooLong", LABEL_MAX)));
            } else if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(field + ".label", m.text("error.labelTwice")));
            }
            Money min = l == null ? null : l.minimum();
            if (min == null) {
                errors.add(new FieldError(field + ".minimum", m.text("error.required")));
            } else if (!min.currency().equals(currency)) {
                errors.add(new FieldError(field + ".minimum", m.text("error.currency", currency.getCurrencyCode())));
            } else if (!min.isPositive()) {
                errors.add(new FieldError(field + ".minimum", m.text("error.positive")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate today = LocalDate.now(clock);
        GridEntity saved = store.inTransaction(em -> {
            Optional<GridEntity> latest = em.createQuery("select e from TradeGrid e where e.groupId = :g"
                            + " and e.unit = :u order by e.validFrom desc, e.id desc", GridEntity.class)
                    .setParameter("g", groupId).setParameter("u", draft.unit().name()).setMaxResults(1)
                    .getResultList().stream().findFirst();
            if (latest.isPresent() && draft.validFrom().isBefore(latest.get().validFrom)) {
                throw new ValidationException("validFrom", m.text("error.beforeLatest", latest.get().validFrom));
            }
            GridEntity e = new GridEntity();
            e.cooperativeId = actor.cooperativeId();
            e.groupId = groupId;
            e.trade = g.trade();
            e.unit = draft.unit().name();
            e.validFrom = draft.validFrom();
            e.publishedOn = today;
            e.publishedBy = actor.displayName() == null || actor.displayName().isBlank() ? actor.login()
                    : actor.displayName();
            e.currency = currency.getCurrencyCode();
            e.createdAt = LocalDateTime.now(clock);
            e.createdBy = actor.login();
            em.persist(e);
            em.flush();
            for (int i = 0; i < draft.lines().size(); i++) {
                GridLineEntity row = new GridLineEntity();
                row.cooperativeId = actor.cooperativeId();
                row.gridId = e.id;
                row.lineNo = i + 1;
                row.label = draft.lines().get(i).label().strip();
                row.minimum = draft.lines().get(i).minimum().minorUnits();
                em.persist(row);
            }
            em.flush();
            return e;
        });
        audit.record(actor, "tradegroups.grid", "trade-group:" + groupId, g.trade() + " " + draft.unit() + " from "
                + draft.validFrom() + ", " + draft.lines().size() + " lines");
        return store.read(em -> edition(em, saved, Map.of(g.id(), g.name())));
    }

    /**
     * The editions in force on {@code on}: for each group and unit the latest valid from that day or before (of two
     * from one day, the later recorded), those whose trade matches {@code trade} when one is given, by trade then
     * unit.
     */
    public List<GridEdition> current(UserContext actor, String trade, LocalDate on) {
        requireReader(actor);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return store.read(em -> {
            Map<Long, String> names = names(em, actor.cooperativeId());
            Map<String, GridEntity> latest = new LinkedHashMap<>();
            for (GridEntity e : em.createQuery("select e from TradeGrid e where e.cooperativeId = :c"
                            + " and e.validFrom <= :d order by e.validFrom desc, e.id desc", GridEntity.class)
                    .setParameter("c", actor.cooperativeId()).setParameter("d", day).getResultList()) {
                latest.putIfAbsent(e.groupId + ":" + e.unit, e);
            }
            return latest.values().stream()
                    .filter(e -> trade == null || trade.isBlank() || GridCheck.tradeMatches(e.trade, trade))
                    .map(e -> edition(em, e, names))
                    .sorted(Comparator.comparing((GridEdition x) -> GridCheck.normalized(x.trade()))
                            .thenComparing(GridEdition::groupName).thenComparing(GridEdition::unit))
                    .toList();
        });
    }

    /** Every edition of a group, the latest first: the grids are public, so their history is too. */
    public List<GridEdition> history(UserContext actor, long groupId) {
        requireReader(actor);
        return store.read(em -> {
            Map<Long, String> names = names(em, actor.cooperativeId());
            return em.createQuery("select e from TradeGrid e where e.cooperativeId = :c and e.groupId = :g"
                            + " order by e.validFrom desc, e.id desc", GridEntity.class)
                    .setParameter("c", actor.cooperativeId()).setParameter("g", groupId).getResultList().stream()
                    .map(e -> edition(em, e, names)).toList();
        });
    }

    public Currency currency(long cooperativeId) {
        return Currency.getInstance(cooperatives.find(cooperativeId).map(c -> c.currency()).orElse("EUR"));
    }

    private static void requireReader(UserContext actor) {
        if (!Groups.manages(actor)) {
            actor.require(TradeGroupPermissions.READ);
        }
    }

    private static Map<Long, String> names(EntityManager em, long cooperativeId) {
        Map<Long, String> out = new HashMap<>();
        for (Object[] row : em.createQuery("select g.id, g.name from TradeGroup g where g.cooperativeId = :c",
                Object[].class).setParameter("c", cooperativeId).getResultList()) {
            out.put((Long) row[0], (String) row[1]);
        }
        return out;
    }

    private static GridEdition edition(EntityManager em, GridEntity e, Map<Long, String> names) {
        Currency currency = Currency.getInstance(e.currency);
        List<GridLine> lines = em.createQuery("select l from TradeGridLine l where l.gridId = :g order by l.lineNo",
                        GridLineEntity.class).setParameter("g", e.id).getResultList().stream()
                .map(l -> new GridLine(l.label, Money.of(l.minimum, currency))).toList();
        return new GridEdition(e.id, e.groupId, names.getOrDefault(e.groupId, "#" + e.groupId), e.trade,
                RateUnit.valueOf(e.unit), e.validFrom, e.publishedOn, e.publishedBy, lines, e.createdAt, e.createdBy);
    }
}
