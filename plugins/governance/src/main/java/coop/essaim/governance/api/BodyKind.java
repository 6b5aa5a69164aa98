package coop.essaim.governance.api;

/** The general assembly of associates, the board (SA), the managers (SARL) or a commission. */
public enum BodyKind {
    ASSEMBLY, BOARD, MANAGEMENT, COMMISSION
}
