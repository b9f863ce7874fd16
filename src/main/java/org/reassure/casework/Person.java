package org.reassure.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person on a case, as staff see them. */
public record Person(
        UUID id,
        PersonRole role,
        String fullName,
        LocalDate dateOfBirth,
        String phone,
        String email,
        String address,
        String postcode,
        String description,
        String addedBy,
        Instant addedAt) {}
