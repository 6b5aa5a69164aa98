package coop.essaim.web.api;

import java.io.IOException;

/** Handles one method of one resource. Throws {@link ApiProblem} for anything but success. */
@FunctionalInterface
interface ApiHandler {

    void handle(ApiExchange exchange) throws IOException;
}
