package ${package}.api;

/** The permissions of the ${pluginId} plugin; other plugins may check them. */
public final class NotePermissions {

    /** See the notes of one's cooperative. */
    public static final String VIEW = "${pluginId}.notes.view";
    /** Add a note. */
    public static final String EDIT = "${pluginId}.notes.edit";

    private NotePermissions() {
    }
}
