package coop.essaim.kernel.host;

import coop.essaim.kernel.demo.DemoLogin;

import java.util.List;

/** The lines a host prints once the server answers: where to go and, for a demo, who to log in as. */
public final class StartupReport {

    private StartupReport() {
    }

    public static String text(String hostName, String coreVersion, LaunchOptions options, List<DemoLogin> demo) {
        StringBuilder sb = new StringBuilder();
        sb.append("Essaim ").append(coreVersion).append(" (").append(hostName).append(" host) is running at ")
                .append(options.baseUrl()).append('\n');
        sb.append("  data: ").append(options.data()).append('\n');
        sb.append("  plugins: drop plugin jars into ").append(options.home().resolve("plugins")).append('\n');
        if (!demo.isEmpty()) {
            sb.append("  demo logins (role: login / password):\n");
            for (DemoLogin d : demo) {
                sb.append(String.format("    %-13s %-12s / %s%n", d.role() + ":", d.login(), d.password()));
            }
        }
        sb.append("  stop with Ctrl-C\n");
        return sb.toString();
    }
}
