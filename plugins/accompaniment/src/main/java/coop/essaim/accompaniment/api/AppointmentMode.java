package coop.essaim.accompaniment.api;

/** How an appointment takes place; on site needs the establishment (site) where it is held. */
public enum AppointmentMode {
    ON_SITE, PHONE, VIDEO
}
