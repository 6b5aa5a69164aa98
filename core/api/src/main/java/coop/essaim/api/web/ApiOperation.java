package coop.essaim.api.web;

/**
 * What an {@link ApiEndpoint} does: reads the call, calls the module's services with {@link ApiCall#user()} and
 * answers. Throw {@code ValidationException} for a refusal by the rules (422, fields named as the body names
 * them) and let {@code AccessDeniedException} through (403). Called on request threads, concurrently, with the
 * module's class loader as the thread's context class loader; never returns null.
 */
@FunctionalInterface
public interface ApiOperation {

    ApiResult handle(ApiCall call);
}
