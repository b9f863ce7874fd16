package org.reassure.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A person on a case, as staff see them. */
@Schema(name = "CasePerson", description = "A person on a case: victim, reporter, witness, suspect and so on")
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
