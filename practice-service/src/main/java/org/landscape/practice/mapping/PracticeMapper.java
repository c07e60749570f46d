package org.landscape.practice.mapping;

import java.time.LocalDate;
import java.util.List;
import org.landscape.practice.api.MembershipView;
import org.landscape.practice.api.OpenPracticeMembership;
import org.landscape.practice.api.PracticeView;
import org.landscape.practice.domain.ContractType;
import org.landscape.practice.domain.HandoverOutcome;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.MembershipTerm;
import org.landscape.practice.domain.Orphan;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.PracticeMembership;
import org.landscape.practice.domain.PracticeMove;
import org.landscape.practice.domain.PracticeStatus;
import org.landscape.practice.domain.TransferAnswer;
import org.landscape.practice.imports.EpraccurImport;
import org.landscape.practice.rest.PracticeViews;

/** Practices, memberships and the answers about them, as the API shows them. */
public final class PracticeMapper {

  private PracticeMapper() {}

  public static MembershipView toView(Membership membership) {
    return membership == null
        ? null
        : new MembershipView(
            membership.ccgCode, membership.validFrom, membership.validTo, toApi(membership.origin));
  }

  public static MembershipView toView(MembershipTerm term) {
    return term == null
        ? null
        : new MembershipView(
            term.ccgCode(), term.validFrom(), term.validTo(), toApi(term.origin()));
  }

  public static List<MembershipView> toViews(List<Membership> history) {
    return history.stream().map(PracticeMapper::toView).toList();
  }

  public static PracticeView toView(Practice practice, LocalDate asOf, Membership membership) {
    return new PracticeView(
        practice.code,
        practice.name,
        List.of(practice.addressLines),
        practice.postcode,
        practice.telephone,
        toApi(practice.status),
        practice.openDate,
        practice.closeDate,
        toApi(practice.contractType),
        practice.listSize,
        asOf,
        toView(membership),
        practice.version);
  }

  public static PracticeView toView(PracticeMembership found, LocalDate asOf) {
    return toView(found.practice(), asOf, found.membership());
  }

  public static PracticeViews.MemberPracticeView toMemberView(PracticeMembership member) {
    Practice practice = member.practice();
    Membership membership = member.membership();
    return new PracticeViews.MemberPracticeView(
        practice.code,
        practice.name,
        practice.postcode,
        toApi(practice.status),
        membership.validFrom,
        membership.validTo);
  }

  public static OpenPracticeMembership toOpenPracticeMembership(PracticeMembership open) {
    Practice practice = open.practice();
    Membership membership = open.membership();
    return new OpenPracticeMembership(
        practice.code,
        toApi(practice.status),
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

  /** A practice's status as practice-api publishes it. */
  public static org.landscape.practice.api.PracticeStatus toApi(PracticeStatus status) {
    return status == null ? null : org.landscape.practice.api.PracticeStatus.valueOf(status.name());
  }

  /** A status a client sends or asks for, as the domain knows it. */
  public static PracticeStatus toDomain(org.landscape.practice.api.PracticeStatus status) {
    return status == null ? null : PracticeStatus.valueOf(status.name());
  }

  public static org.landscape.practice.api.ContractType toApi(ContractType type) {
    return type == null ? null : org.landscape.practice.api.ContractType.valueOf(type.name());
  }

  public static ContractType toDomain(org.landscape.practice.api.ContractType type) {
    return type == null ? null : ContractType.valueOf(type.name());
  }

  public static org.landscape.practice.api.MembershipOrigin toApi(MembershipOrigin origin) {
    return origin == null
        ? null
        : org.landscape.practice.api.MembershipOrigin.valueOf(origin.name());
  }

  private static List<PracticeViews.MovedPractice> moves(List<PracticeMove> moves) {
    return moves.stream()
        .map(move -> new PracticeViews.MovedPractice(move.practiceCode(), move.fromCcgCode()))
        .toList();
  }
}
