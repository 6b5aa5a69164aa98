package coop.essaim.accompaniment.internal;

import coop.essaim.accompaniment.internal.appointment.AppointmentAdviserEntity;
import coop.essaim.accompaniment.internal.appointment.AppointmentEntity;
import coop.essaim.accompaniment.internal.calendar.CalendarFeedEntity;
import coop.essaim.api.persistence.PersistenceContribution;

import java.util.List;

/** The module's entities and the folder of its migrations. */
public final class AccompanimentPersistence implements PersistenceContribution {

    @Override
    public List<String> entityClassNames() {
        return List.of(AppointmentEntity.class.getName(), AppointmentAdviserEntity.class.getName(),
                CalendarFeedEntity.class.getName());
    }

    @Override
    public String migrationFolder() {
        return "coop/essaim/accompaniment/migration";
    }
}
