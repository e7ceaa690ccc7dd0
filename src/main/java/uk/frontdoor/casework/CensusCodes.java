package uk.frontdoor.casework;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The children in need census's code sets for what casework records of a child for the census
 * (statutory-rules §3.3), each an ordered map of code to the census's words. The words of UN2 to
 * UN6 are the DfE specification's as far as known here: the reference marks them unconfirmed.
 */
public final class CensusCodes {

  private CensusCodes() {}

  public static final Map<String, String> SEX = codes("M", "Male", "F", "Female", "U", "Not known or unborn");

  public static final Map<String, String> ETHNICITY =
      codes(
          "WBRI", "White British", "WIRI", "White Irish", "WIRT", "Traveller of Irish heritage",
          "WOTH", "Any other White background", "WROM", "Gypsy/Roma", "MWBC", "White and Black Caribbean",
          "MWBA", "White and Black African", "MWAS", "White and Asian", "MOTH", "Any other mixed background",
          "AIND", "Indian", "APKN", "Pakistani", "ABAN", "Bangladeshi", "AOTH", "Any other Asian background",
          "BCRB", "Caribbean", "BAFR", "African", "BOTH", "Any other Black background", "CHNE", "Chinese",
          "OOTH", "Any other ethnic group", "REFU", "Refused", "NOBT", "Information not yet obtained");

  public static final Map<String, String> DISABILITY =
      codes(
          "MOB", "Mobility", "HAND", "Hand function", "PC", "Personal care", "INC", "Incontinence",
          "COMM", "Communication", "LD", "Learning", "HEAR", "Hearing", "VIS", "Vision", "BEH", "Behaviour",
          "CON", "Consciousness", "AUT", "Autism", "DDA", "Other", "NONE", "No disability");

  public static final Map<String, String> UPN_UNKNOWN =
      codes(
          "UN1", "Child is not of school age and has not yet been given a UPN",
          "UN2", "Child has never attended a state-funded school",
          "UN3", "Child lives abroad",
          "UN4", "Child has moved abroad",
          "UN5", "Sources collating UPNs reflect incomplete data",
          "UN6", "Child is an unaccompanied asylum-seeking child",
          "UN7", "Referral with no further action");

  public static final Map<String, String> REFERRAL_SOURCE =
      codes(
          "1A", "Individual: family member, relative or carer",
          "1B", "Individual: acquaintance (including neighbours and child minders)",
          "1C", "Individual: self",
          "1D", "Individual: other (including strangers)",
          "2A", "Schools",
          "2B", "Education services",
          "3A", "Health services: general practitioner (GP)",
          "3B", "Health services: health visitor",
          "3C", "Health services: school nurse",
          "3D", "Health services: other primary health services",
          "3E", "Health services: A&E (accident and emergency department)",
          "3F", "Health services: other (for example hospice)",
          "4", "Housing: local authority housing or housing association",
          "5A", "LA services: social care, for example adults social care services",
          "5B", "LA services: other internal, for example youth offending (excluding housing)",
          "5C", "LA services: external, for example another local authority's adults social care services",
          "5D", "LA services: early help",
          "6", "Police",
          "7", "Other legal agency, including courts, probation, immigration, CAFCASS or prison",
          "8", "Other, including children's centres, independent agency providers or voluntary organisations",
          "9", "Anonymous",
          "10", "Unknown");

  /** Category of abuse of a child protection plan (rules 8905, 8910). */
  public static final Map<String, String> CATEGORY =
      codes("NEG", "Neglect", "PHY", "Physical abuse", "SAB", "Sexual abuse", "EMO", "Emotional abuse", "MUL", "Multiple");

  /** The code and its words as a form shows them: "WBRI White British". */
  public static Map<String, String> options(Map<String, String> codes) {
    Map<String, String> options = new LinkedHashMap<>();
    codes.forEach((code, words) -> options.put(code, code + " " + words));
    return options;
  }

  private static Map<String, String> codes(String... pairs) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      codes.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(codes);
  }
}
