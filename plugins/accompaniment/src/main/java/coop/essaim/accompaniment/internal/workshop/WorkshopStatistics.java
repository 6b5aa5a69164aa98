package coop.essaim.accompaniment.internal.workshop;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.accompaniment.api.AttendanceRecord;
import coop.essaim.accompaniment.api.WorkshopFigures;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.accompaniment.internal.appointment.AppointmentReach;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The team's workshop figures over a period of months: per month and site, the fill and no-show rates, and each
 * person's attendance; also as a CSV file (semicolons and a BOM for French spreadsheets). Monthly meetings count
 * with the workshops: they are events of the same engine.
 */
public final class WorkshopStatistics {

    static final int MAX_MONTHS = 36;

    private final ModuleStore store;
    private final People people;

    public WorkshopStatistics(ModuleStore store, People people) {
        this.store = store;
        this.people = people;
    }

    private record Row(long sessionId, YearMonth month, Long site, int capacity) {
    }

    public List<WorkshopFigures> figures(UserContext actor, YearMonth from, YearMonth to, Long siteId) {
        List<Row> sessions = sessions(actor, from, to, siteId);
        Map<Long, int[]> counts = counts(sessions);
        Map<String, int[]> byKey = new TreeMap<>();
        Map<String, Row> keys = new TreeMap<>();
        for (Row r : sessions) {
            String key = r.month() + "|" + (r.site() == null ? "" : String.format("%012d", r.site()));
            keys.putIfAbsent(key, r);
            int[] total = byKey.computeIfAbsent(key, k -> new int[7]);
            int[] c = counts.getOrDefault(r.sessionId(), new int[5]);
            total[0]++;
            total[1] += r.capacity();
            for (int i = 0; i < 5; i++) {
                total[i + 2] += c[i];
            }
        }
        List<WorkshopFigures> out = new ArrayList<>();
        byKey.forEach((key, t) -> out.add(new WorkshopFigures(keys.get(key).month(), keys.get(key).site(), t[0],
                t[1], t[2], t[3], t[4], t[5], t[6])));
        return out;
    }

    /** The attendance of each person signed up in the period whom the actor may read, the lowest rate first. */
    public List<AttendanceRecord> attendance(UserContext actor, YearMonth from, YearMonth to, Long siteId) {
        List<Long> ids = sessions(actor, from, to, siteId).stream().map(Row::sessionId).toList();
        Map<Long, int[]> byPerson = new TreeMap<>();
        for (Object[] r : rows(ids, "select s.personId, s.attendance, count(s) from AccompanimentWorkshopSignUp s"
                + " where s.sessionId in :ids and s.status = 'CONFIRMED' and s.attendance <> 'EXPECTED'"
                + " group by s.personId, s.attendance")) {
            int[] c = byPerson.computeIfAbsent((Long) r[0], k -> new int[3]);
            c["PRESENT".equals(r[1]) ? 0 : "EXCUSED".equals(r[1]) ? 1 : 2] += ((Number) r[2]).intValue();
        }
        return byPerson.entrySet().stream().filter(e -> people.find(actor, e.getKey()).isPresent())
                .map(e -> new AttendanceRecord(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingInt(AttendanceRecord::ratePercent)
                        .thenComparing(AttendanceRecord::personId)).toList();
    }

    public String csv(UserContext actor, YearMonth from, YearMonth to, Long siteId) {
        Messages m = new Messages(actor.locale());
        List<Establishment> sites = people.establishments(actor);
        StringBuilder out = new StringBuilder("\ufeff");
        line(out, m.text("csv.month"), m.text("csv.site"), m.text("csv.sessions"), m.text("csv.seats"),
                m.text("csv.confirmed"), m.text("csv.waiting"), m.text("csv.present"), m.text("csv.excused"),
                m.text("csv.absent"), m.text("csv.fill"), m.text("csv.noShow"));
        for (WorkshopFigures f : figures(actor, from, to, siteId)) {
            String site = f.establishmentId() == null ? m.text("sheet.online") : sites.stream()
                    .filter(e -> e.id() == f.establishmentId()).map(Establishment::name).findFirst()
                    .orElse("#" + f.establishmentId());
            line(out, f.month().toString(), site, f.sessions(), f.seats(), f.confirmed(), f.waiting(), f.present(),
                    f.excused(), f.absent(), f.fillPercent(), f.noShowPercent());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            String cell = String.valueOf(cells[i]);
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !(cells[i] instanceof Number)) {
                cell = "'" + cell;   // a spreadsheet would run it as a formula
            }
            boolean quote = cell.contains(";") || cell.contains("\"") || cell.contains("\n");
            out.append(i == 0 ? "" : ";").append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        out.append("\r\n");
    }

    private List<Row> sessions(UserContext actor, YearMonth from, YearMonth to, Long siteId) {
        actor.require(AccompanimentPermissions.WORKSHOPS_MANAGE);
        if (AppointmentReach.entrepreneurOnly(actor)) {
            throw new AccessDeniedException(AccompanimentPermissions.WORKSHOPS_MANAGE);
        }
        Messages m = new Messages(actor.locale());
        if (from == null || to == null) {
            throw new ValidationException(from == null ? "from" : "to", m.text("error.required"));
        }
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new ValidationException("to", m.text("error.period", MAX_MONTHS));
        }
        return store.read(em -> em.createQuery("select x.id, x.startAt, x.establishmentId, x.capacity from"
                        + " AccompanimentWorkshopSession x where x.cooperativeId = :coop and x.startAt >= :from"
                        + " and x.startAt < :to order by x.startAt", Object[].class)
                .setParameter("coop", actor.cooperativeId()).setParameter("from", from.atDay(1).atStartOfDay())
                .setParameter("to", to.plusMonths(1).atDay(1).atStartOfDay()).getResultList().stream()
                .map(r -> new Row((Long) r[0], YearMonth.from((java.time.LocalDateTime) r[1]), (Long) r[2],
                        (Integer) r[3]))
                .filter(r -> siteId == null || Objects.equals(siteId, r.site())).toList());
    }

    /** Per session: confirmed, waiting, present, excused, absent. */
    private Map<Long, int[]> counts(List<Row> sessions) {
        Map<Long, int[]> counts = new TreeMap<>();
        for (Object[] r : rows(sessions.stream().map(Row::sessionId).toList(), "select s.sessionId, s.status,"
                + " s.attendance, count(s) from AccompanimentWorkshopSignUp s where s.sessionId in :ids"
                + " group by s.sessionId, s.status, s.attendance")) {
            int[] c = counts.computeIfAbsent((Long) r[0], k -> new int[5]);
            int n = ((Number) r[3]).intValue();
            if ("CONFIRMED".equals(r[1])) {
                c[0] += n;
                switch ((String) r[2]) {
                    case "PRESENT" -> c[2] += n;
                    case "EXCUSED" -> c[3] += n;
                    case "ABSENT" -> c[4] += n;
                    default -> { }
                }
            } else if ("WAITING".equals(r[1])) {
                c[1] += n;
            }
        }
        return counts;
    }

    private List<Object[]> rows(List<Long> ids, String query) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            rows.addAll(store.read(em -> em.createQuery(query, Object[].class).setParameter("ids", chunk)
                    .getResultList()));
        }
        return rows;
    }
}
