/** Children, adults and households known to a council: identifiers, history and matching. */
package uk.frontdoor.people;
