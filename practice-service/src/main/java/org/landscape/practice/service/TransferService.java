package org.landscape.practice.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.problem.ProblemException;
import org.landscape.practice.client.CcgDirectory;
import org.landscape.practice.client.CcgStatus;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.TransferRequest;
import org.landscape.practice.mapping.PracticeMapper;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.PracticeRepository;
import org.landscape.practice.repository.TransferRequestRepository;
import org.landscape.practice.rest.PracticeRequests;
import org.landscape.practice.rest.PracticeViews.TransferResult;

/**
 * Transfers a practice to another CCG: the current membership ends and the next begins on the
 * effective date, in one transaction. Transfers of one practice run one at a time (row lock); of
 * concurrent conflicting transfers one wins and the rest get 409. A retried request with the same
 * idempotency key gets the first answer and transfers nothing.
 */
@ApplicationScoped
public class TransferService {

  /** A transfer's answer, and whether it is a replay of an earlier one. */
  public record Outcome(TransferResult result, boolean replayed) {}

  @Inject PracticeRepository practices;
  @Inject MembershipRepository memberships;
  @Inject TransferRequestRepository requests;
  @Inject PracticeChanges changes;
  @Inject CcgDirectory ccgs;
  @Inject ObjectMapper json;

  public Outcome transfer(String code, String idempotencyKey, PracticeRequests.Transfer request) {
    String hash = hash(code, request);
    if (idempotencyKey != null) {
      Outcome earlier = replay(idempotencyKey, code, hash);
      if (earlier != null) {
        return earlier;
      }
    }
    // asked before any lock is taken: a slow peer must not hold the practice's row
    CcgStatus target = ccgs.statusOf(request.targetCcgCode(), "check the target CCG");
    return apply(code, idempotencyKey, hash, request, target);
  }

  @Transactional
  Outcome apply(
      String code,
      String idempotencyKey,
      String hash,
      PracticeRequests.Transfer request,
      CcgStatus target) {
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
    if (!practice.isOpenOn(date)) {
      throw ProblemException.ruleViolated(
          "Practice " + code + " is not open on " + date + ", so it cannot transfer then");
    }
    List<Membership> history = memberships.history(code);
    Membership current =
        history.stream()
            .filter(m -> m.covers(date))
            .findFirst()
            .orElseThrow(
                () ->
                    ProblemException.ruleViolated(
                        "Practice "
                            + code
                            + " has no membership on "
                            + date
                            + " to transfer from"));
    if (current != history.getLast() || !current.validFrom.isBefore(date)) {
      throw ProblemException.conflict(
          "Practice "
              + code
              + " already has a membership from "
              + history.getLast().validFrom
              + " (another transfer came first); history is never rewritten");
    }
    if (current.ccgCode.equals(request.targetCcgCode())) {
      throw ProblemException.ruleViolated(
          "Practice " + code + " is already a member of " + current.ccgCode + " on " + date);
    }
    PracticeService.requireOperational(target, request.targetCcgCode(), date, current.validTo);

    Membership next = new Membership();
    next.practiceCode = code;
    next.ccgCode = request.targetCcgCode();
    next.validFrom = date;
    next.validTo = current.validTo;
    next.origin = MembershipOrigin.TRANSFER;
    current.validTo = date;
    memberships.flush();
    memberships.persist(next);
    memberships.flush();
    changes.membership(current, ChangeType.UPDATED);
    changes.membership(next, ChangeType.CREATED);
    TransferResult result =
        new TransferResult(code, PracticeMapper.toView(current), PracticeMapper.toView(next));
    if (idempotencyKey != null) {
      remember(idempotencyKey, code, hash, result);
    }
    return new Outcome(result, false);
  }

  private Outcome replay(String idempotencyKey, String code, String hash) {
    TransferRequest earlier = requests.findById(idempotencyKey);
    if (earlier == null) {
      return null;
    }
    if (!earlier.practiceCode.equals(code) || !earlier.requestHash.equals(hash)) {
      throw ProblemException.ruleViolated(
          "Idempotency-Key " + idempotencyKey + " was already used for a different request");
    }
    try {
      return new Outcome(json.readValue(earlier.response, TransferResult.class), true);
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException("A stored transfer answer cannot be read", unreadable);
    }
  }

  private void remember(String idempotencyKey, String code, String hash, TransferResult result) {
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

  private static String hash(String code, PracticeRequests.Transfer request) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (code + "|" + request.targetCcgCode() + "|" + request.effectiveDate())
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
