package coop.essaim.host.pf4j;

import coop.essaim.api.module.VersionRange;
import org.pf4j.VersionManager;

/**
 * PF4J compares versions with Essaim's rules, not semver's: in semver {@code 0.1.0-SNAPSHOT} is below
 * {@code >=0.1.0}, so PF4J would refuse a development build that the kernel accepts. The kernel is the one
 * judge of versions; this only keeps PF4J from disagreeing with it.
 */
final class EssaimVersions implements VersionManager {

    @Override
    public boolean checkVersionConstraint(String version, String constraint) {
        return VersionRange.satisfies(version, constraint);
    }

    @Override
    public int compareVersions(String v1, String v2) {
        return VersionRange.compare(v1, v2);
    }
}
