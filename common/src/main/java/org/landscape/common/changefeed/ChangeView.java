package org.landscape.common.changefeed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One change to one record")
public record ChangeView(
    @Schema(description = "Position in the feed; strictly increasing", example = "42")
        long sequence,
    OffsetDateTime occurredAt,
    @Schema(example = "local-authority") String resourceType,
    @Schema(example = "E06000001") String resourceId,
    ChangeType changeType,
    @JsonRawValue
        @Schema(
            description = "The record as it was after the change",
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
        String payload) {

  static ChangeView of(ChangeEvent event) {
    return new ChangeView(
        event.sequence,
        event.occurredAt,
        event.resourceType,
        event.resourceId,
        event.changeType,
        event.payload);
  }
}
