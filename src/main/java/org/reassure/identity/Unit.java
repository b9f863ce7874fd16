package org.reassure.identity;

/** An organisational unit. {@code parentId} is null for a force. */
public record Unit(long id, String code, String name, UnitKind kind, Long parentId) {}
