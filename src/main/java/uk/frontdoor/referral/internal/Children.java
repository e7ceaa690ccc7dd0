package uk.frontdoor.referral.internal;

import java.util.List;

/** The children a referral in progress is about, as its question pages add and change them. */
public final class Children {

  private Children() {}

  /**
   * Puts a child's answers in place of the child being changed, or else adds them while there is
   * room for another child.
   *
   * @param editing the position of the child being changed, or null when adding one
   */
  public static <C> void keep(List<C> children, Integer editing, C child, int most) {
    if (editing != null && editing >= 0 && editing < children.size()) {
      children.set(editing, child);
    } else if (children.size() < most) {
      children.add(child);
    }
  }
}
