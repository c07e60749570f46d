package org.landscape.hwb.domain;

/** The optional filters of a search of a board's seats; null means "any". */
public record MemberFilter(MemberRole role, String ccgCode) {

  /** Whether a seat of that role, for that CCG (null for none), passes the filter. */
  public boolean admits(MemberRole seatRole, String seatCcgCode) {
    return (role == null || role == seatRole) && (ccgCode == null || ccgCode.equals(seatCcgCode));
  }
}
