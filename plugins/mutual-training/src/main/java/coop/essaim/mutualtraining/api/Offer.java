package coop.essaim.mutualtraining.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;

/**
 * A skill a member offers to teach: topic, trade and site to search by, level ({@code BEGINNER}, {@code
 * INTERMEDIATE}, {@code ADVANCED}), format ({@code WORKSHOP}, {@code COURSE}, {@code COACHING}, {@code ONLINE}),
 * duration and price (zero: free). Published in the catalogue once the cooperative reviewed it.
 */
public record Offer(long id, long trainerUserId, String trainerName, String topic, String trade, String site,
                    String level, String format, BigDecimal durationHours, Money price, String description,
                    String status, String reviewNote) {
}
