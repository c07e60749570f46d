package org.landscape.hwb.domain;

/** The two documents a board prepares with its council and CCGs. */
public enum JointDocumentKind {
  JOINT_STRATEGIC_NEEDS_ASSESSMENT("Joint Strategic Needs Assessment"),
  JOINT_HEALTH_AND_WELLBEING_STRATEGY("Joint Health and Wellbeing Strategy");

  private final String title;

  JointDocumentKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
