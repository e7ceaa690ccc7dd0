package uk.frontdoor.authority;

import java.util.UUID;

/**
 * Brings in newer copies of GOV.UK's bank holidays file ({@code https://www.gov.uk/bank-holidays.json}):
 * uploaded by an administrator, or fetched daily from an address the deployment configures. A copy
 * is checked (its England and Wales division read, and it must not end before the holidays already
 * known) before it is used; a bad one changes nothing.
 */
public interface BankHolidayUpdates {

  /** The largest file taken, in bytes; GOV.UK's is about 20 KB. */
  int MAX_BYTES = 1_000_000;

  /**
   * Checks and keeps an uploaded file, which every node then counts with.
   *
   * @return the bank holidays it holds
   * @throws IllegalArgumentException saying, for the administrator, what is wrong with the file
   */
  BankHolidays upload(byte[] file, UUID byId, String byName);
}
