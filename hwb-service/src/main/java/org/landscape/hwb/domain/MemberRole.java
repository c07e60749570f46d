package org.landscape.hwb.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The roles of a board seat. Every role but {@link #CCG_REPRESENTATIVE}, {@link
 * #ICB_REPRESENTATIVE} and {@link #OTHER} is a minimum member under the Health and Social Care Act
 * 2012 s194(2); a representative of each relevant CCG (until 2022-06-30) or a nominee of each
 * relevant ICB (from 2022-07-01, as amended by the Health and Care Act 2022) is one too, checked
 * per CCG or ICB.
 */
public enum MemberRole {
  ELECTED_COUNCILLOR("At least one elected councillor of the council", true),
  DIRECTOR_OF_ADULT_SOCIAL_SERVICES("The director of adult social services", true),
  DIRECTOR_OF_CHILDRENS_SERVICES("The director of children's services", true),
  DIRECTOR_OF_PUBLIC_HEALTH("The director of public health", true),
  HEALTHWATCH_REPRESENTATIVE("A representative of the local Healthwatch organisation", true),
  CCG_REPRESENTATIVE("A representative of each relevant CCG", false),
  ICB_REPRESENTATIVE("A person nominated by each relevant ICB", false),
  OTHER("A further member the board or council appoints", false);

  private final String requirement;
  private final boolean mandatoryHolder;

  MemberRole(String requirement, boolean mandatoryHolder) {
    this.requirement = requirement;
    this.mandatoryHolder = mandatoryHolder;
  }

  public String requirement() {
    return requirement;
  }

  /** The roles that at least one member must hold, whatever CCGs cover the area. */
  public static List<MemberRole> mandatory() {
    return Arrays.stream(values()).filter(role -> role.mandatoryHolder).toList();
  }
}
