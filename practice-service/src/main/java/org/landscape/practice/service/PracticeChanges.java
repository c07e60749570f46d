package org.landscape.practice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.practice.domain.ContractType;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.PracticeStatus;
import org.landscape.practice.repository.PracticeRepository;

/**
 * The change events of practices and memberships, whoever makes the change. The payloads are this
 * feed's own records (other services parse them): their fields and order must not change.
 */
@ApplicationScoped
public class PracticeChanges {

  public static final String PRACTICE = PracticeRepository.CHANGE_TYPE;
  public static final String MEMBERSHIP = "membership";

  /**
   * A practice as the feed tells it. The shape of the practice view without a date: {@code asOf}
   * and {@code ccg} are always null (memberships have their own events).
   */
  public record PracticeRecord(
      String code,
      String name,
      List<String> addressLines,
      String postcode,
      String telephone,
      PracticeStatus status,
      LocalDate openDate,
      LocalDate closeDate,
      ContractType contractType,
      Integer listSize,
      LocalDate asOf,
      MembershipRecord ccg,
      long version) {

    static PracticeRecord of(Practice practice) {
      return new PracticeRecord(
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
          null,
          null,
          practice.version);
    }

    /** The practice as this record tells it: a detached copy, never to be written. */
    Practice toPractice() {
      Practice practice = new Practice();
      practice.code = code;
      practice.name = name;
      practice.addressLines =
          addressLines == null ? new String[0] : addressLines.toArray(String[]::new);
      practice.postcode = postcode;
      practice.telephone = telephone;
      practice.status = status;
      practice.openDate = openDate;
      practice.closeDate = closeDate;
      practice.contractType = contractType;
      practice.listSize = listSize;
      practice.version = version;
      return practice;
    }
  }

  /** One membership of a practice, over {@code [validFrom, validTo)}. */
  public record MembershipRecord(
      String ccgCode, LocalDate validFrom, LocalDate validTo, MembershipOrigin origin) {

    static MembershipRecord of(Membership membership) {
      return new MembershipRecord(
          membership.ccgCode, membership.validFrom, membership.validTo, membership.origin);
    }
  }

  /** A membership event's payload: the practice and the membership. */
  public record MembershipChange(String practiceCode, MembershipRecord membership) {}

  @Inject ChangeFeed changeFeed;

  public void practice(Practice practice, ChangeType type) {
    changeFeed.record(PRACTICE, practice.code, type, PracticeRecord.of(practice));
  }

  public void membership(Membership membership, ChangeType type) {
    changeFeed.record(
        MEMBERSHIP,
        membership.practiceCode,
        type,
        new MembershipChange(membership.practiceCode, MembershipRecord.of(membership)));
  }
}
