package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.hwb.domain.JointDocument;
import org.landscape.hwb.domain.JointDocumentKind;

/** Records the change events of the boards' joint documents. */
@ApplicationScoped
public class JointDocumentChanges {

  public static final String RESOURCE_TYPE = "joint-document";

  /** A document as the change feed carries it. */
  public record JointDocumentRecord(
      long id,
      String boardCode,
      JointDocumentKind kind,
      String title,
      List<String> priorities,
      LocalDate validFrom,
      LocalDate validTo) {

    static JointDocumentRecord of(JointDocument document, String boardCode) {
      return new JointDocumentRecord(
          document.id,
          boardCode,
          document.kind,
          document.title,
          List.of(document.priorities),
          document.validFrom,
          document.validTo);
    }
  }

  @Inject ChangeFeed changeFeed;

  public void created(JointDocument document, String boardCode) {
    record(document, boardCode, ChangeType.CREATED);
  }

  public void updated(JointDocument document, String boardCode) {
    record(document, boardCode, ChangeType.UPDATED);
  }

  private void record(JointDocument document, String boardCode, ChangeType type) {
    changeFeed.record(
        RESOURCE_TYPE,
        boardCode + "/" + document.id,
        type,
        JointDocumentRecord.of(document, boardCode));
  }
}
