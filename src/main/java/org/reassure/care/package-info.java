/**
 * Victim care: the Victims' Code promises to a hate crime victim as care tasks on durable clocks that
 * fire once on one node, the working-day calendar of England and Wales, the entitlement rules as
 * versioned data, and the log of every contact with the victim.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Victim care")
package org.reassure.care;
