package uk.frontdoor.referral.api;

import java.util.UUID;

/** A partner organisation's system, signed in with its API key for one council. */
record PartnerPrincipal(UUID keyId, UUID authorityId, String organisation) {}
