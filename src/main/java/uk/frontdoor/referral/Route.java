package uk.frontdoor.referral;

/** Who is worried, which decides the questions asked and where the concern goes. */
public enum Route {
  MEMBER_OF_PUBLIC("Member of the public"),
  CHILD("Child or young person"),
  PARENT_CARER("Parent or carer asking for help"),
  PROFESSIONAL("Professional"),
  /** About an adult who works with children: goes to the council's LADO, not the MASH. */
  LADO("Concern about an adult who works with children");

  private final String label;

  Route(String label) {
    this.label = label;
  }

  /** Who made the contact, as staff pages say it. */
  public String label() {
    return label;
  }
}
