package coop.essaim.accompaniment.internal;

import coop.essaim.accompaniment.internal.appointment.AppointmentAdviserEntity;
import coop.essaim.accompaniment.internal.appointment.AppointmentEntity;
import coop.essaim.accompaniment.internal.calendar.CalendarFeedEntity;
import coop.essaim.accompaniment.internal.objective.ObjectiveEntity;
import coop.essaim.accompaniment.internal.objective.ObjectiveReviewEntity;
import coop.essaim.accompaniment.internal.workshop.SessionEntity;
import coop.essaim.accompaniment.internal.workshop.SignUpEntity;
import coop.essaim.accompaniment.internal.workshop.WorkshopEntity;
import coop.essaim.api.persistence.PersistenceContribution;

import java.util.List;

/** The module's entities and the folder of its migrations. */
public final class AccompanimentPersistence implements PersistenceContribution {

    @Override
    public List<String> entityClassNames() {
        return List.of(AppointmentEntity.class.getName(), AppointmentAdviserEntity.class.getName(),
                CalendarFeedEntity.class.getName(), WorkshopEntity.class.getName(), SessionEntity.class.getName(),
                SignUpEntity.class.getName(), ObjectiveEntity.class.getName(), ObjectiveReviewEntity.class.getName());
    }

    @Override
    public String migrationFolder() {
        return "coop/essaim/accompaniment/migration";
    }
}
