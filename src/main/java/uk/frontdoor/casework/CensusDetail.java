package uk.frontdoor.casework;

import java.util.List;

/**
 * What the children in need census needs of a child's episode beyond what casework records
 * elsewhere, each as the census's code ({@link CensusCodes}).
 *
 * @param disabilities NONE alone, or one or more of the others
 * @param upn the Unique Pupil Number, or null with {@code upnUnknown} saying why
 * @param upnUnknown UN1 to UN7, or null when there is a UPN
 * @param referralSource 1A to 10: who made the referral that opened the episode
 */
public record CensusDetail(
    String sex, String ethnicity, List<String> disabilities, String upn, String upnUnknown, String referralSource) {

  public CensusDetail {
    disabilities = List.copyOf(disabilities);
  }
}
