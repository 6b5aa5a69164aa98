package coop.essaim.testmodules.sample;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;

import java.util.List;
import java.util.Set;

/** Built with its ModuleContext (preferred over the no-argument constructor): names its permission after it. */
public class SamplePermissions implements PermissionContribution {

    private final String code;
    public final boolean usedContext;

    public SamplePermissions(ModuleContext context) {
        this.code = context.descriptor().id() + ".read";
        this.usedContext = true;
    }

    public SamplePermissions() {
        this.code = "unknown.read";
        this.usedContext = false;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(code, "perm.read", Set.of()));
    }
}
