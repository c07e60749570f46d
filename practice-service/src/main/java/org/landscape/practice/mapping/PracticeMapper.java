package org.landscape.practice.mapping;

import java.time.LocalDate;
import java.util.List;
import org.landscape.practice.domain.HandoverOutcome;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipTerm;
import org.landscape.practice.domain.Orphan;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.PracticeMembership;
import org.landscape.practice.domain.PracticeMove;
import org.landscape.practice.domain.TransferAnswer;
import org.landscape.practice.imports.EpraccurImport;
import org.landscape.practice.rest.PracticeViews;

/** Practices, memberships and the answers about them, as the API shows them. */
public final class PracticeMapper {

  private PracticeMapper() {}

  public static PracticeViews.MembershipView toView(Membership membership) {
    return membership == null
        ? null
        : new PracticeViews.MembershipView(
            membership.ccgCode, membership.validFrom, membership.validTo, membership.origin);
  }

  public static PracticeViews.MembershipView toView(MembershipTerm term) {
    return term == null
        ? null
        : new PracticeViews.MembershipView(
            term.ccgCode(), term.validFrom(), term.validTo(), term.origin());
  }

  public static List<PracticeViews.MembershipView> toViews(List<Membership> history) {
    return history.stream().map(PracticeMapper::toView).toList();
  }

  public static PracticeViews.PracticeView toView(
      Practice practice, LocalDate asOf, Membership membership) {
    return new PracticeViews.PracticeView(
        practice.code,
        practice.name,
        List.of(practice.addressLines),
        practice.postcode,
        practice.telephone,
        practice.status,
        practice.openDate,
        practice.closeDate,
        practice.contractType,
        practice.listSize,
        asOf,
        toView(membership),
        practice.version);
  }

  public static PracticeViews.PracticeView toView(PracticeMembership found, LocalDate asOf) {
    return toView(found.practice(), asOf, found.membership());
  }

  public static PracticeViews.MemberPracticeView toMemberView(PracticeMembership member) {
    Practice practice = member.practice();
    Membership membership = member.membership();
    return new PracticeViews.MemberPracticeView(
        practice.code,
        practice.name,
        practice.postcode,
        practice.status,
        membership.validFrom,
        membership.validTo);
  }

  public static PracticeViews.OpenPracticeMembership toOpenPracticeMembership(
      PracticeMembership open) {
    Practice practice = open.practice();
    Membership membership = open.membership();
    return new PracticeViews.OpenPracticeMembership(
        practice.code,
        practice.status,
        membership == null ? null : membership.ccgCode,
        membership == null ? null : membership.validFrom);
  }

  public static PracticeViews.TransferResult toView(TransferAnswer answer) {
    return new PracticeViews.TransferResult(
        answer.practiceCode(), toView(answer.ended()), toView(answer.started()));
  }

  public static PracticeViews.CcgTransferResult toView(HandoverOutcome outcome) {
    return new PracticeViews.CcgTransferResult(
        outcome.successorCode(),
        outcome.effectiveDate(),
        outcome.dryRun(),
        moves(outcome.transferred()),
        moves(outcome.alreadyTransferred()),
        moves(outcome.reverted()));
  }

  public static PracticeViews.EpraccurReport toView(EpraccurImport.Report outcome) {
    return new PracticeViews.EpraccurReport(
        outcome.file(),
        outcome.dryRun(),
        outcome.rows(),
        outcome.gpPractices(),
        outcome.skippedNotGp(),
        outcome.created(),
        outcome.updated(),
        outcome.unchanged(),
        outcome.transfers(),
        outcome.closures(),
        outcome.orphans().stream().map(PracticeMapper::toView).toList());
  }

  public static PracticeViews.Orphan toView(Orphan orphan) {
    return new PracticeViews.Orphan(orphan.practiceCode(), orphan.commissioner(), orphan.reason());
  }

  private static List<PracticeViews.MovedPractice> moves(List<PracticeMove> moves) {
    return moves.stream()
        .map(move -> new PracticeViews.MovedPractice(move.practiceCode(), move.fromCcgCode()))
        .toList();
  }
}
