package coop.essaim.kernel.module;

import coop.essaim.api.module.ModuleDescriptor;

/** An extension instance with the module it came from (its class loader finds its pages and translations). */
public record Extension<T>(ModuleDescriptor module, T instance, ClassLoader classLoader) {
}
