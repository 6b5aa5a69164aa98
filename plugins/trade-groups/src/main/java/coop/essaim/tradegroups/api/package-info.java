/**
 * Trade-practice groups: members of one trade meeting monthly (the member who presents their activity, the month's
 * theme, attendance, notes and resources) and the dated reference rate grids they publish to the cooperative, with
 * {@link coop.essaim.tradegroups.api.GridCheck} for a price against a grid.
 */
package coop.essaim.tradegroups.api;
