package org.landscape.common.changefeed;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "Changes after a sequence, in order")
public record ChangePage(
    List<ChangeView> items,
    @Schema(
            description = "Pass as `after` to read on; equals `after` when nothing is new",
            example = "42")
        long next) {}
