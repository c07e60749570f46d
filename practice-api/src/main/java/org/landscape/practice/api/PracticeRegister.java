package org.landscape.practice.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.landscape.common.client.PeerUnavailable;

/**
 * What practice-service knows about GP practices and their CCGs on a date: one practice, or every
 * open practice read in whole pages, never once per row. A failure, once retried, is a 503 problem
 * naming what it was for, never an empty answer: an unreachable register must not make anything
 * look valid, and the write that needed it writes nothing.
 */
@ApplicationScoped
public class PracticeRegister {

  public static final String SERVICE = "practice-service";

  @Inject PracticeRegisterCalls calls;

  /**
   * The practice, with the CCG it belonged to on the date; empty when the register does not know
   * it.
   */
  public Optional<PracticeView> practice(String code, LocalDate date, String purpose) {
    return guarded(() -> calls.practice(code, date), purpose);
  }

  /** Every practice open on the date, each with its CCG then (none when it had none). */
  public List<OpenPracticeMembership> openPractices(LocalDate date, String purpose) {
    return guarded(() -> calls.openPractices(date), purpose);
  }

  private static <T> T guarded(Supplier<T> call, String purpose) {
    return PeerUnavailable.guarded(SERVICE, purpose, call);
  }
}
