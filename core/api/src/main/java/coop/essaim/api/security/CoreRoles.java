package coop.essaim.api.security;

import java.util.List;

/**
 * The roles every cooperative has. A user holds roles per cooperative; permissions are granted to roles.
 * An entrepreneur only ever sees their own activities, whatever their permissions.
 */
public final class CoreRoles {
    public static final String ADMINISTRATOR = "administrator";
    public static final String ADVISER = "adviser";
    public static final String ACCOUNTANT = "accountant";
    public static final String ENTREPRENEUR = "entrepreneur";
    /**
     * An elected member of the board (conseil d'administration, or the managers of a SCOP SARL): follows the
     * cooperative's activities and accounts, without the staff's access to personal files.
     */
    public static final String BOARD_MEMBER = "board-member";

    public static final List<String> ALL = List.of(ADMINISTRATOR, ADVISER, ACCOUNTANT, ENTREPRENEUR, BOARD_MEMBER);

    private CoreRoles() {
    }
}
