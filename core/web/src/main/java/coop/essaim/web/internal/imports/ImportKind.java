package coop.essaim.web.internal.imports;

import coop.essaim.api.people.ImportMode;
import coop.essaim.api.people.ImportReport;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.Services;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** What a file holds, the permission importing it needs, and the kernel call that imports it. */
public enum ImportKind {
    PEOPLE(CorePermissions.PEOPLE_MANAGE),
    ACTIVITIES(CorePermissions.ACTIVITIES_MANAGE);

    private final String permission;

    ImportKind(String permission) {
        this.permission = permission;
    }

    public boolean allowed(UserContext user) {
        return user.can(permission);
    }

    /** The file is UTF-8 as the import's guide says; the kernel skips a byte order mark. */
    public ImportReport run(UserContext user, byte[] csv, ImportMode mode) {
        Reader reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8);
        return this == PEOPLE ? Services.peopleImport().importPeople(user, reader, mode)
                : Services.peopleImport().importActivities(user, reader, mode);
    }
}
