package uk.frontdoor.identity;

import java.util.UUID;

/** A member of staff as colleagues see them: who, not how they sign in. */
public record StaffMember(UUID id, String displayName) {}
