/**
 * Brand groups: several members of one activity trading under one brand, each staying salaried by the
 * cooperative, and the group's dated revenue-split rule that turns its available amount into each member's
 * monthly salary budget.
 */
package coop.essaim.brandgroups.api;
