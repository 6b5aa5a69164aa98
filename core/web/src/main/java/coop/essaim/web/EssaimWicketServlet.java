package coop.essaim.web;

import org.apache.wicket.RuntimeConfigurationType;
import org.apache.wicket.protocol.http.WicketFilter;
import org.apache.wicket.protocol.http.WicketServlet;

/**
 * Wicket as a plain servlet (both hosts register servlets, not filters). Its filter runs Wicket with this
 * bundle's class loader as the thread context class loader, for initialisation and every request, so
 * Wicket finds its own resources whatever thread the container uses (pitfall 6 of the stack proofs).
 */
final class EssaimWicketServlet extends WicketServlet {

    private static final long serialVersionUID = 1L;

    private final transient EssaimWebApplication application;

    EssaimWicketServlet(EssaimWebApplication application) {
        this.application = application;
    }

    @Override
    protected WicketFilter newWicketFilter() {
        return new WicketFilter(application) {
            @Override
            protected ClassLoader getClassLoader() {
                return EssaimWebApplication.class.getClassLoader();
            }
        };
    }

    /** The servlet is mapped at {@code /*}; production mode unless a host configures otherwise. */
    @Override
    public String getInitParameter(String name) {
        String configured = getServletConfig() == null ? null : super.getInitParameter(name);
        if (configured != null) {
            return configured;
        }
        if (WicketFilter.FILTER_MAPPING_PARAM.equals(name)) {
            return "/*";
        }
        if ("configuration".equals(name)) {
            return RuntimeConfigurationType.DEPLOYMENT.name().toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }
}
