package org.landscape.practice.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.problem.ProblemException;
import org.landscape.practice.client.CcgPeriods;
import org.landscape.practice.domain.Finding;
import org.landscape.practice.domain.IdempotencyKeyRule;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.MembershipTerm;
import org.landscape.practice.domain.MembershipTimeline;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.TransferAnswer;
import org.landscape.practice.domain.TransferRequest;
import org.landscape.practice.domain.TransferRule;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.PracticeRepository;
import org.landscape.practice.repository.TransferRequestRepository;

/**
 * Transfers a practice to another CCG: the current membership ends and the next begins on the
 * effective date, in one transaction. Transfers of one practice run one at a time (row lock); of
 * concurrent conflicting transfers one wins and the rest get 409. A retried request with the same
 * idempotency key gets the first answer and transfers nothing.
 */
@ApplicationScoped
public class TransferService {

  /** A transfer to ask for: to the target CCG from the effective date. */
  public record Transfer(String targetCcgCode, LocalDate effectiveDate) {}

  /** A transfer's answer, and whether it is a replay of an earlier one. */
  public record Outcome(TransferAnswer result, boolean replayed) {}

  @Inject PracticeRepository practices;
  @Inject MembershipRepository memberships;
  @Inject TransferRequestRepository requests;
  @Inject PracticeChanges changes;
  @Inject CcgRegister ccgs;
  @Inject ObjectMapper json;

  public Outcome transfer(String code, String idempotencyKey, Transfer request) {
    String hash =
        IdempotencyKeyRule.requestHash(code, request.targetCcgCode(), request.effectiveDate());
    if (idempotencyKey != null) {
      Outcome earlier = replay(idempotencyKey, code, hash);
      if (earlier != null) {
        return earlier;
      }
    }
    // asked before any lock is taken: a slow peer must not hold the practice's row
    CcgLookup.Result target =
        ccgs.lookup(LocalDate.now(), request.targetCcgCode(), "check the target CCG");
    return apply(code, idempotencyKey, hash, request, target);
  }

  @Transactional
  Outcome apply(
      String code, String idempotencyKey, String hash, Transfer request, CcgLookup.Result target) {
    Practice practice =
        practices
            .lockForChange(code)
            .orElseThrow(() -> ProblemException.notFound("Practice", code));
    if (idempotencyKey != null) {
      Outcome earlier = replay(idempotencyKey, code, hash);
      if (earlier != null) {
        return earlier;
      }
    }
    LocalDate date = request.effectiveDate();
    MembershipTimeline timeline = MembershipTimeline.of(practice, memberships.history(code));
    Finding verdict =
        TransferRule.check(timeline, request.targetCcgCode(), CcgPeriods.of(target), date);
    if (!verdict.satisfied()) {
      throw TransferRule.FROM_THE_LATEST.equals(verdict.rule())
          ? ProblemException.conflict(verdict.detail())
          : ProblemException.ruleViolated(verdict.detail());
    }
    Membership current = timeline.on(date).orElseThrow();
    Membership next =
        MembershipTimeline.moveOn(
            current, request.targetCcgCode(), date, MembershipOrigin.TRANSFER);
    memberships.flush();
    memberships.persist(next);
    memberships.flush();
    changes.membership(current, ChangeType.UPDATED);
    changes.membership(next, ChangeType.CREATED);
    TransferAnswer result =
        new TransferAnswer(code, MembershipTerm.of(current), MembershipTerm.of(next));
    if (idempotencyKey != null) {
      remember(idempotencyKey, code, hash, result);
    }
    return new Outcome(result, false);
  }

  private Outcome replay(String idempotencyKey, String code, String hash) {
    TransferRequest earlier = requests.findById(idempotencyKey);
    IdempotencyKeyRule.Verdict verdict =
        IdempotencyKeyRule.check(idempotencyKey, earlier, code, hash);
    if (verdict.use() == IdempotencyKeyRule.Use.FIRST) {
      return null;
    }
    if (verdict.use() == IdempotencyKeyRule.Use.MISUSED) {
      throw ProblemException.ruleViolated(verdict.finding().detail());
    }
    try {
      return new Outcome(json.readValue(earlier.response, TransferAnswer.class), true);
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException("A stored transfer answer cannot be read", unreadable);
    }
  }

  private void remember(String idempotencyKey, String code, String hash, TransferAnswer result) {
    TransferRequest record = new TransferRequest();
    record.idempotencyKey = idempotencyKey;
    record.practiceCode = code;
    record.requestHash = hash;
    record.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    try {
      record.response = json.writeValueAsString(result);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalStateException("A transfer answer cannot be stored", unwritable);
    }
    requests.persist(record);
  }
}
