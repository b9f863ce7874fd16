/**
 * Audit: the append-only, hash-chained log of every collection, alteration, consultation, disclosure,
 * combination and erasure of data, as the Data Protection Act 2018 s.62 requires, with its verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.reassure.audit;
