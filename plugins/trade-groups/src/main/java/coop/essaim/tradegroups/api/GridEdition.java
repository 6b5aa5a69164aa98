package coop.essaim.tradegroups.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A published rate grid edition, never changed: the group's grid for {@code trade} and {@code unit} from
 * {@code validFrom} until a later edition of the same group and unit (of two from one day, the later recorded).
 * {@code publishedBy} is the name of who published it, on {@code publishedOn}.
 */
public record GridEdition(long id, long groupId, String groupName, String trade, RateUnit unit, LocalDate validFrom,
                          LocalDate publishedOn, String publishedBy, List<GridLine> lines, LocalDateTime recordedAt,
                          String recordedBy) {

    public GridEdition {
        lines = List.copyOf(lines);
    }
}
