package coop.essaim.api.reporting;

import java.util.Objects;

/**
 * One line of a mix (exits by reason, people by trade or age band): a stable {@code key}, its {@code label} ready
 * to show in the reader's language, and its count.
 */
public record MeasurePart(String key, String label, long count) {

    public MeasurePart {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (count < 0) {
            throw new IllegalArgumentException("mix part " + key + ": a count is never negative");
        }
    }
}
