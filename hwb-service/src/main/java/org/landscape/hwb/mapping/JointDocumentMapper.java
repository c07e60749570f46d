package org.landscape.hwb.mapping;

import java.util.List;
import org.landscape.hwb.domain.JointDocument;
import org.landscape.hwb.rest.OversightViews.JointDocumentView;

public final class JointDocumentMapper {

  private JointDocumentMapper() {}

  public static JointDocumentView toView(JointDocument document, String boardCode) {
    return new JointDocumentView(
        document.id,
        boardCode,
        document.kind,
        document.title,
        List.of(document.priorities),
        document.validFrom,
        document.validTo);
  }
}
