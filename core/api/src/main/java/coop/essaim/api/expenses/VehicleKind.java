package coop.essaim.api.expenses;

/** The families of vehicles a mileage scale distinguishes; each country splits them further by power. */
public enum VehicleKind {
    /** Cars (the French scale by fiscal horsepower, 3 CV to 7 CV and more). */
    CAR,
    /** Motorcycles and scooters above the moped limit (in France, above 50 cm³). */
    MOTORCYCLE,
    /** Mopeds and small scooters (in France, 50 cm³ at most). */
    MOPED
}
