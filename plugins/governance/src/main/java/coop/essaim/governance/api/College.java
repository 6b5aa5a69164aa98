package coop.essaim.governance.api;

/**
 * A college of the general assembly (SCIC: employees, users, supporters...): its name and the weight of its vote in
 * percent of the assembly's. The colleges of a body total 100.
 */
public record College(long id, long bodyId, String name, int weight) {
}
