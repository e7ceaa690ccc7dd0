/** Council staff: who they are, which council and agency they belong to, their roles and sign-in. */
package uk.frontdoor.identity;
