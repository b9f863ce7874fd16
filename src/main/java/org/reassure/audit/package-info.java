/**
 * Audit: the append-only, hash-chained log of every collection, alteration, consultation, disclosure, combination and
 * erasure of data, as the Data Protection Act 2018 s.62 requires, with its verification. Modules declare what they
 * audit with {@code @Audited} where a request enters, or write through {@code AuditLog}.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = "platform")
package org.reassure.audit;

import org.springframework.modulith.ApplicationModule;
