package coop.essaim.kernel.module;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The services modules reach through {@code ModuleContext.service}: filled by the kernel at start. */
public final class ServiceDirectory {

    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

    public <T> void register(Class<T> type, T service) {
        services.put(type, type.cast(service));
    }

    /** For a map such as {@code CoreServices.services()}; each value must implement its key. */
    public void registerAll(Map<Class<?>, Object> all) {
        all.forEach((type, service) -> services.put(type, type.cast(service)));
    }

    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(services.get(type)).map(type::cast);
    }
}
