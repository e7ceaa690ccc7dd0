package uk.frontdoor.authority;

/** A contact detail or fact a council's configuration lacks, for its administrator to supply. */
public record MissingDetail(String authoritySlug, String authorityName, String detail) {}
