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
import org.landscape.common.problem.ProblemException;
import org.landscape.practice.client.CcgPeriods;
import org.landscape.practice.domain.Finding;
import org.landscape.practice.domain.IdempotencyKeyRule;
import org.landscape.practice.domain.MembershipFact;
import org.landscape.practice.domain.MembershipHistory;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.MembershipTerm;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.TransferAnswer;
import org.landscape.practice.domain.TransferRequest;
import org.landscape.practice.domain.TransferRule;
import org.landscape.practice.repository.MembershipFactRepository;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.PracticeRepository;
import org.landscape.practice.repository.SuccessionRepository;
import org.landscape.practice.repository.TransferRequestRepository;

/**
 * Transfers a practice to another CCG from an effective date, any day of its open life: the
 * transfer is recorded as an asserted fact and the history derived again, in one transaction
 * (back-dated transfers split the membership they land in; later facts keep their dates). Transfers
 * of one practice run one at a time (row lock); of concurrent conflicting transfers one wins and
 * the rest get 409. A retried request with the same idempotency key gets the first answer and
 * transfers nothing.
 */
@ApplicationScoped
public class TransferService {

  /** A transfer to ask for: to the target CCG from the effective date, and who asks. */
  public record Transfer(String targetCcgCode, LocalDate effectiveDate, String source) {}

  /** A transfer's answer, and whether it is a replay of an earlier one. */
  public record Outcome(TransferAnswer result, boolean replayed) {}

  @Inject PracticeRepository practices;
  @Inject MembershipRepository memberships;
  @Inject TransferRequestRepository requests;
  @Inject MembershipFactRepository facts;
  @Inject SuccessionRepository successions;
  @Inject MembershipRecomputation recomputation;
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
    MembershipHistory before = recomputation.historyOf(practice, null);
    LocalDate targetHandsOverOn =
        successions
            .standingOf(request.targetCcgCode())
            .map(link -> link.effectiveDate)
            .orElse(null);
    Finding verdict =
        TransferRule.check(
            practice,
            before,
            request.targetCcgCode(),
            CcgPeriods.of(target),
            targetHandsOverOn,
            date);
    if (!verdict.satisfied()) {
      throw TransferRule.ONE_FACT_A_DAY.equals(verdict.rule())
          ? ProblemException.conflict(verdict.detail())
          : ProblemException.ruleViolated(verdict.detail());
    }
    facts.persist(
        MembershipFact.asserted(
            code,
            request.targetCcgCode(),
            date,
            MembershipOrigin.TRANSFER,
            request.source(),
            null));
    MembershipHistory after = recomputation.recompute(practice);
    memberships.flush();
    TransferAnswer result =
        new TransferAnswer(
            code,
            after.on(date.minusDays(1)).map(MembershipTerm::of).orElse(null),
            after.on(date).map(MembershipTerm::of).orElseThrow());
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
