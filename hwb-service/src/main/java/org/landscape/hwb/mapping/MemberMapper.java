package org.landscape.hwb.mapping;

import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.rest.MemberView;

public final class MemberMapper {

  private MemberMapper() {}

  public static MemberView toView(BoardMember member, String boardCode) {
    return new MemberView(
        member.id,
        boardCode,
        member.personName,
        member.role,
        member.ccgCode,
        member.validFrom,
        member.validTo);
  }
}
